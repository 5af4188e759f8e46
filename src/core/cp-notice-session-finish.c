/* cp-notice-session-finish.c: what an exam session notice says as a
 * whole, once its lines are read
 *
 * Which occupation it is about when its lines disagree, its levels and
 * date from the title and opening lines, its centre (the pack's, or one of
 * the person's own), the channel each web address belongs to, and its id.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cp-notice-reader.h"
#include "cp-policy-query.h"
#include "cp-text.h"

/* The channel named last before each web address gets it: 打开技能广东…
 * 系统(<https://…>), …报名平台”进行报名,…: <https://…> on the next line. */
static void
assign_urls (CpNoticeReader *self)
{
  JsonArray *channels = json_object_get_array_member (self->notice->session, "registration");

  for (guint u = 0; u + 1 < self->urls->len; u += 2)
    {
      gsize start = g_array_index (self->urls, gsize, u);
      gsize end = g_array_index (self->urls, gsize, u + 1);
      gsize window = start > 400 ? start - 400 : 0;
      gssize best = -1, best_at = -1;
      JsonObject *channel;
      g_autofree char *url = NULL;

      for (guint c = 0; c < json_array_get_length (channels); c++)
        {
          const char *name = cp_text_get_member (json_array_get_object_element (channels, c), "name", "zh_CN");
          gssize at = -1;

          for (gssize found = cp_notice_find (self->plain, window, start, name);
               found >= 0;
               found = cp_notice_find (self->plain, found + 1, start, name))
            at = found;
          if (at > best_at)
            {
              best = c;
              best_at = at;
            }
        }
      if (best < 0)
        continue;
      channel = json_array_get_object_element (channels, best);
      if (!json_object_get_null_member (channel, "url"))
        continue;
      url = g_strndup (self->plain + start, end - start);
      json_object_set_string_member (channel, "url", url);
      {
        g_autofree char *field = g_strdup_printf ("registration[%d].url", (int) best);

        cp_notice_reader_span (self, field, start, end, FALSE, NULL);
      }
    }
}

static const char *
occupation_name (CpNoticeReader *self,
                 const char     *code)
{
  JsonObject *occupation = cp_policy_find (self->pack, "occupations.json", "occupations", "code", code);

  return occupation != NULL ? cp_text_get_member (occupation, "name", "zh_CN") : NULL;
}

/* The 认定职业 line wins over the title and the opening line; where they
 * name another occupation, the person is told. */
static void
check_occupation (CpNoticeReader *self,
                  CpNoticeLine   *title)
{
  JsonObject *session = self->notice->session;
  gsize start = 0, end = 0;
  const char *in_title = title != NULL
                         ? cp_notice_find_record (self, "occupations.json", "occupations", "code",
                                                  title->start, title->end, &start, &end)
                         : NULL;
  const char *code;
  const char *name;

  if (!json_object_has_member (session, "occupation") && in_title != NULL)
    {
      json_object_set_string_member (session, "occupation", in_title);
      cp_notice_reader_span (self, "occupation", start, end, FALSE, NULL);
    }
  if (!json_object_has_member (session, "occupation"))
    return;
  code = json_object_get_string_member (session, "occupation");
  name = occupation_name (self, code);
  if (in_title != NULL && !g_str_equal (in_title, code))
    {
      g_autofree char *why = g_strdup_printf (_("The title names another occupation, %s"),
                                              occupation_name (self, in_title));

      cp_notice_reader_mark_unsure (self, "occupation", why);
    }
  if (self->other_occupation != NULL && g_strcmp0 (self->other_occupation, name) != 0)
    {
      g_autofree char *why = g_strdup_printf (_("The notice also names another occupation, %s"),
                                              self->other_occupation);
      g_autofree char *plan_why = g_strdup_printf (_("Printed beside another occupation, %s"),
                                                   self->other_occupation);

      cp_notice_reader_mark_unsure (self, "occupation", why);
      cp_notice_reader_mark_unsure (self, "plan_number", plan_why);
    }
}

static void
check_levels_and_date (CpNoticeReader *self,
                       CpNoticeLine   *title)
{
  JsonObject *session = self->notice->session;

  if (!json_object_has_member (session, "levels") && title != NULL)
    {
      g_autoptr(GArray) levels = g_array_new (FALSE, FALSE, sizeof (int));
      gsize start, end;

      if (cp_notice_read_levels (self, title->start, title->end, TRUE, levels, &start, &end))
        {
          JsonArray *array = json_array_new ();

          for (guint i = 0; i < levels->len; i++)
            json_array_add_int_element (array, g_array_index (levels, int, i));
          json_object_set_array_member (session, "levels", array);
          cp_notice_reader_span (self, "levels", start, end, FALSE, NULL);
        }
    }

  if (self->intro_exam.year == 0)
    return;
  if (!json_object_has_member (session, "exam_date"))
    cp_notice_reader_set_date (self, session, "exam_date", "exam_date", &self->intro_exam);
  else
    {
      g_autofree char *intro = g_strdup_printf ("%04d-%02d-%02d", self->intro_exam.year,
                                                self->intro_exam.month, self->intro_exam.day);

      if (!g_str_equal (intro, json_object_get_string_member (session, "exam_date")))
        {
          g_autofree char *why = g_strdup_printf (_("The opening lines give another date, %s"), intro);

          cp_notice_reader_mark_unsure (self, "exam_date", why);
        }
    }
}

static CpNoticeLine *
line_at (CpNoticeReader *self,
         gssize          index)
{
  return index >= 0 ? &g_array_index (self->lines, CpNoticeLine, index) : NULL;
}

static JsonObject *
fee_record (JsonObject *fee)
{
  static const char * const parts[] = { "theory", "practical", "review", "materials", "total", NULL };
  JsonObject *record = json_object_new ();
  JsonArray *levels = json_array_new ();

  json_array_add_int_element (levels, json_object_get_int_member (fee, "level"));
  json_object_set_array_member (record, "levels", levels);
  for (guint i = 0; parts[i] != NULL; i++)
    if (json_object_has_member (fee, parts[i]))
      json_object_set_int_member (record, parts[i], json_object_get_int_member (fee, parts[i]));
    else
      json_object_set_null_member (record, parts[i]);
  json_object_set_array_member (record, "sources", json_array_new ());
  return record;
}

/* An organisation that is not one of the pack's: a centre of the person's
 * own, with what the notice says of it. */
static JsonObject *
new_centre (CpNoticeReader *self,
            CpNoticeLine   *issuer)
{
  JsonObject *centre = json_object_new ();
  JsonObject *name = json_object_new ();
  JsonArray *fees = json_array_new ();
  g_autofree char *words = g_strndup (self->plain + issuer->start, issuer->end - issuer->start);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA1, words, -1);
  g_autofree char *id = g_strdup_printf ("notice-centre-%.8s", hash);
  gsize start, end;
  const char *region = NULL;

  json_object_set_string_member (centre, "id", id);
  json_object_set_string_member (name, "en", words);
  json_object_set_string_member (name, "zh_CN", words);
  json_object_set_object_member (centre, "name", name);
  cp_notice_reader_span (self, "centre", issuer->start, issuer->end, FALSE, NULL);
  if (self->address_end > 0)
    region = cp_notice_find_region (self, self->address_start, self->address_end, &start, &end);
  if (region == NULL)
    region = cp_notice_find_region (self, issuer->start, issuer->end, &start, &end);
  if (region != NULL)
    {
      json_object_set_string_member (centre, "region", region);
      cp_notice_reader_span (self, "region", start, end, FALSE, NULL);
    }
  if (self->address_end > 0)
    {
      g_autofree char *address = g_strndup (self->plain + self->address_start,
                                            self->address_end - self->address_start);
      JsonObject *text = json_object_new ();

      json_object_set_string_member (text, "en", address);
      json_object_set_string_member (text, "zh_CN", address);
      json_object_set_object_member (centre, "address", text);
    }
  else
    json_object_set_null_member (centre, "address");
  json_object_set_null_member (centre, "phone");
  json_object_set_null_member (centre, "website");
  for (guint i = 0; i < json_array_get_length (self->notice->fees); i++)
    json_array_add_object_element (fees, fee_record (json_array_get_object_element (self->notice->fees, i)));
  json_object_set_array_member (centre, "fees", fees);
  json_object_set_array_member (centre, "sources", json_array_new ());
  return centre;
}

static void
find_centre (CpNoticeReader *self,
             CpNoticeLine   *issuer,
             CpNoticeLine   *title)
{
  JsonObject *session = self->notice->session;
  const struct { gsize start, end; } places[] = {
    { issuer != NULL ? issuer->start : 0, issuer != NULL ? issuer->end : 0 },
    { title != NULL ? title->start : 0, title != NULL ? title->end : 0 },
    { self->address_start, self->address_end },
  };
  const char *region = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      gsize start, end;
      const char *id = cp_notice_find_record (self, "exams.json", "centres", "id",
                                              places[i].start, places[i].end, &start, &end);

      if (id != NULL)
        {
          JsonObject *centre = cp_policy_find (self->pack, "exams.json", "centres", "id", id);

          json_object_set_string_member (session, "centre", id);
          cp_notice_reader_span (self, "centre", start, end, FALSE, NULL);
          region = json_object_get_string_member (centre, "region");
          break;
        }
    }
  if (!json_object_has_member (session, "centre") && issuer != NULL)
    {
      self->notice->centre = new_centre (self, issuer);
      json_object_set_string_member (session, "centre",
                                     json_object_get_string_member (self->notice->centre, "id"));
      if (json_object_has_member (self->notice->centre, "region"))
        region = json_object_get_string_member (self->notice->centre, "region");
    }
  if (region != NULL)
    json_object_set_string_member (session, "region", region);
}

static char *
make_id (JsonObject *session)
{
  GString *id = g_string_new ("notice-");
  JsonArray *levels = json_object_has_member (session, "levels")
                      ? json_object_get_array_member (session, "levels") : NULL;

  const char *centre = json_object_has_member (session, "centre")
                       ? json_object_get_string_member (session, "centre") : "unknown-centre";

  /* notice-centre-51fc7588-…, not notice-notice-centre-…. */
  g_string_append (id, g_str_has_prefix (centre, "notice-") ? centre + strlen ("notice-") : centre);
  g_string_append_c (id, '-');
  g_string_append (id, json_object_has_member (session, "exam_date")
                       ? json_object_get_string_member (session, "exam_date") : "undated");
  for (guint i = 0; levels != NULL && i < json_array_get_length (levels); i++)
    g_string_append_printf (id, "-l%" G_GINT64_FORMAT, json_array_get_int_element (levels, i));
  return g_string_free (id, FALSE);
}

void
cp_notice_finish_session (CpNoticeReader *self)
{
  JsonObject *session = self->notice->session;
  CpNoticeLine *title = line_at (self, self->title_line);
  CpNoticeLine *issuer = line_at (self, self->issuer_line);
  g_autofree char *id = NULL;

  check_occupation (self, title);
  check_levels_and_date (self, title);
  find_centre (self, issuer, title);
  assign_urls (self);
  if (self->published.year != 0 && !json_object_has_member (session, "published"))
    cp_notice_reader_set_date (self, session, "published", "published", &self->published);

  id = make_id (session);
  json_object_set_string_member (session, "id", id);
  json_object_set_array_member (session, "sources", json_array_new ());
}
