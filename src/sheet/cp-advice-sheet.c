/* cp-advice-sheet.c
 *
 * The sheet echoes what was entered, gives each tab's answer with its
 * clause and sources, the dates that matter and the papers to bring, and
 * says which policy data it rests on, so that anyone can recompute it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "cp-advice-sheet.h"
#include "cp-conditions.h"
#include "cp-eligibility.h"
#include "cp-policy-query.h"
#include "cp-policy-sources.h"
#include "cp-schedule.h"
#include "cp-session-milestones.h"
#include "cp-subsidy.h"
#include "cp-text.h"

typedef enum
{
  BLOCK_TITLE,
  BLOCK_HEADING,
  BLOCK_TEXT,
  BLOCK_ITEM,
  BLOCK_SMALL,
} BlockKind;

typedef struct
{
  BlockKind  kind;
  char      *text;
  int        page;     /* set by paginate */
  double     y;
} Block;

struct _CpAdviceSheet
{
  GArray     *blocks;   /* Block */
  GHashTable *sources;  /* source id → TRUE, in the order first cited */
  GPtrArray  *source_order;
  int         pages;
  double      width;
  double      height;
};

#define MARGIN 40.0

static void
block_clear (gpointer data)
{
  g_free (((Block *) data)->text);
}

void
cp_advice_sheet_free (CpAdviceSheet *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->blocks);
  g_hash_table_unref (self->sources);
  g_ptr_array_unref (self->source_order);
  g_free (self);
}

static void G_GNUC_PRINTF (3, 4)
add (CpAdviceSheet *self,
     BlockKind      kind,
     const char    *format,
     ...)
{
  Block block = { kind, NULL, 0, 0 };
  va_list args;

  va_start (args, format);
  block.text = g_strdup_vprintf (format, args);
  va_end (args);
  g_array_append_val (self->blocks, block);
}

static void
cite (CpAdviceSheet *self,
      JsonObject    *record)
{
  JsonArray *sources;

  if (record == NULL || !json_object_has_member (record, "sources"))
    return;
  sources = json_object_get_array_member (record, "sources");
  for (guint i = 0; i < json_array_get_length (sources); i++)
    {
      const char *id = json_array_get_string_element (sources, i);

      if (g_hash_table_add (self->sources, (gpointer) id))
        g_ptr_array_add (self->source_order, (gpointer) id);
    }
}

static char *
day_text (CpDay day)
{
  return day != 0 ? cp_date_format (day) : g_strdup (_("not entered"));
}

static const char *
region_name (CpPolicyPack *pack,
             const char   *id)
{
  JsonObject *region = cp_policy_find (pack, "regions.json", "regions", "id", id);

  return region != NULL ? cp_text_get_member (region, "name", NULL) : (id != NULL ? id : _("not entered"));
}

/* When the data was last checked, and what is known not to be known. */
static void
add_checked (CpAdviceSheet *self,
             CpPolicyPack  *pack)
{
  g_autofree char *checked = cp_policy_checked_text (pack);

  if (checked != NULL)
    add (self, BLOCK_SMALL, "%s", checked);
}

/* A draft's list item may lack a value: it reads "not entered". */
static const char *
or_not_entered (const char *value)
{
  return value != NULL ? value : _("not entered");
}

static void
add_inputs (CpAdviceSheet *self,
            CpPolicyPack  *pack,
            CpProfile     *profile)
{
  JsonObject *occupation = cp_policy_find (pack, "occupations.json", "occupations", "code",
                                           cp_profile_get_occupation (profile));
  GArray *periods = cp_profile_get_work_periods (profile);
  GArray *certificates = cp_profile_get_certificates (profile);
  GArray *titles = cp_profile_get_titles (profile);
  GArray *education = cp_profile_get_education (profile);
  g_autofree char *birth = day_text (cp_profile_get_birth_date (profile));

  add (self, BLOCK_HEADING, "%s", _("What was entered"));
  /* Translators: the candidate's birth date */
  add (self, BLOCK_ITEM, _("Born: %s"), birth);
  add (self, BLOCK_ITEM, _("Occupation: %s %s"), cp_profile_get_occupation (profile) ? cp_profile_get_occupation (profile) : "",
       occupation != NULL ? cp_text_get_member (occupation, "name", NULL) : "");
  add (self, BLOCK_ITEM, _("City: %s; insured in: %s; household registration: %s"),
       region_name (pack, cp_profile_get_city (profile)),
       region_name (pack, cp_profile_get_link_city (profile, "insured_city")),
       region_name (pack, cp_profile_get_link_city (profile, "hukou_city")));
  for (guint i = 0; i < periods->len; i++)
    {
      const CpWorkPeriod *period = &g_array_index (periods, CpWorkPeriod, i);
      g_autofree char *start = day_text (period->start);
      g_autofree char *end = period->end != 0 ? cp_date_format (period->end) : NULL;

      /* Two sentences: "from … to ongoing" reads wrong in Chinese (至 至今). */
      if (end != NULL)
        /* Translators: a period of work, from … to … */
        add (self, BLOCK_ITEM, _("Work in this or a related occupation: %s to %s"), start, end);
      else
        /* Translators: a period of work that goes on, from the date */
        add (self, BLOCK_ITEM, _("Work in this or a related occupation: since %s, ongoing"), start);
    }
  for (guint i = 0; i < certificates->len; i++)
    {
      const CpCertificate *certificate = &g_array_index (certificates, CpCertificate, i);
      g_autofree char *issued = day_text (certificate->issued);
      /* Translators: level, occupation code, date */
      add (self, BLOCK_ITEM, _("Certificate: level %d, %s, issued %s%s"), certificate->level,
           or_not_entered (certificate->occupation),
           issued, g_strcmp0 (certificate->issuer, "employer") == 0 ? _(" (employer's own evaluation)") : "");
    }
  for (guint i = 0; i < titles->len; i++)
    {
      const CpTitle *title = &g_array_index (titles, CpTitle, i);
      g_autofree char *obtained = day_text (title->obtained);
      add (self, BLOCK_ITEM, _("Professional title: %s, obtained %s%s"), or_not_entered (cp_title_grade_name (title->grade)),
           obtained,
           title->matches_major ? _(", matching major") : "");
    }
  for (guint i = 0; i < education->len; i++)
    {
      const CpEducation *item = &g_array_index (education, CpEducation, i);
      g_autofree char *graduated = item->final_year ? g_strdup (_("graduating this year")) : day_text (item->graduated);
      add (self, BLOCK_ITEM, _("Education: %s, %s%s"), or_not_entered (cp_education_kind_name (item->kind)), graduated,
           item->related_major ? _(", related major") : "");
    }
  /* Translators: %d is a number of hours */
  add (self, BLOCK_ITEM, _("Training: %d hours"), cp_profile_get_training_hours (profile));
}

static int
add_levels (CpAdviceSheet *self,
            CpPolicyPack  *pack,
            CpEligibility *eligibility,
            CpProfile     *profile)
{
  int highest = 0;

  add (self, BLOCK_HEADING, "%s", _("Levels: the published application conditions"));
  for (guint i = 0; i < eligibility->levels->len; i++)
    {
      CpLevelResult *level = g_ptr_array_index (eligibility->levels, i);
      JsonObject *record = NULL;
      g_autofree char *headline = cp_level_result_headline (level, eligibility->on);
      JsonArray *levels = cp_policy_pack_get_records (pack, "levels.json", "levels");

      for (guint k = 0; k < json_array_get_length (levels); k++)
        if (json_object_get_int_member (json_array_get_object_element (levels, k), "level") == level->level)
          record = json_array_get_object_element (levels, k);

      if (level->eligible)
        highest = level->level;
      add (self, BLOCK_TEXT, "%s %s — %s", level->eligible ? "✔" : "✘", cp_text_get_member (record, "name", NULL), headline);
      if (level->chosen != NULL)
        {
          /* Translators: clause number and the clause's text */
          add (self, BLOCK_ITEM, _("Clause (%d): %s"), level->chosen->number,
               cp_text_get_member (level->chosen->clause, "text", NULL));
          cite (self, level->chosen->clause);
        }
      if (level->eligible && level->eligible_from != 0)
        {
          g_autofree char *from = cp_date_format (level->eligible_from);
          /* Translators: the date the level's clause opened it */
          add (self, BLOCK_ITEM, _("Open since %s by that clause"), from);
        }
    }
  if (eligibility->rule_set != NULL)
    cite (self, eligibility->rule_set);
  return highest;
}

static void
add_procedures (CpAdviceSheet   *self,
                CpSubsidyAnswer *answer)
{
  if (!answer->eligible || answer->procedures->len == 0)
    return;
  add (self, BLOCK_TEXT, "%s", _("How to claim:"));
  for (guint i = 0; i < answer->procedures->len; i++)
    {
      JsonObject *procedure = g_ptr_array_index (answer->procedures, i);
      JsonArray *documents = json_object_get_array_member (procedure, "documents");
      const char *url = json_object_get_null_member (procedure, "url") ? "" : json_object_get_string_member (procedure, "url");

      add (self, BLOCK_ITEM, "%s %s", cp_text_get_member (procedure, "text", NULL), url);
      for (guint k = 0; k < json_array_get_length (documents); k++)
        add (self, BLOCK_ITEM, "☐ %s", cp_text_get (json_array_get_object_element (documents, k), NULL));
      if (!json_object_get_null_member (procedure, "review_working_days"))
        {
          JsonObject *days = json_object_get_object_member (procedure, "review_working_days");
          add (self, BLOCK_ITEM, _("Review: usually %d–%d working days"), (int) json_object_get_int_member (days, "min"),
               (int) json_object_get_int_member (days, "max"));
        }
      cite (self, procedure);
    }
}

/* The banner once, the amount or its range and how sure it is, the steps
 * (no payable breakdown when not eligible), and how to claim. */
static void
add_answer (CpAdviceSheet   *self,
            CpSubsidyAnswer *answer)
{
  g_autofree char *banner = cp_subsidy_answer_banner (answer);
  g_autofree char *headline = cp_subsidy_answer_headline (answer);

  if (banner != NULL)
    add (self, BLOCK_TEXT, "%s", banner);
  add (self, BLOCK_TEXT, "%s", headline);
  for (guint i = 0; i < answer->reasons->len; i++)
    {
      CpSubsidyReason *reason = g_ptr_array_index (answer->reasons, i);
      const char *mark = reason->status == CP_REASON_MET ? "✔" : reason->status == CP_REASON_NOT_MET ? "✘"
                         : reason->status == CP_REASON_UNKNOWN ? "?" : "·";

      if (reason->payable && !answer->eligible)
        continue;
      add (self, BLOCK_ITEM, "%s %s", mark, reason->text);
      cite (self, reason->record);
    }
  add_procedures (self, answer);
}

static void
add_exam_rules (CpAdviceSheet *self,
                CpPolicyPack  *pack,
                CpProfile     *profile,
                CpDay          on)
{
  g_autoptr(GPtrArray) rules = NULL;

  if (cp_profile_get_city (profile) == NULL)
    return;
  rules = cp_exam_rules_for (pack, cp_profile_get_city (profile), NULL, on, cp_exam_rules_to_know);
  add (self, BLOCK_HEADING, "%s", _("Exam rules to know"));
  for (guint i = 0; i < rules->len; i++)
    {
      JsonObject *rule = g_ptr_array_index (rules, i);

      add (self, BLOCK_ITEM, "%s", cp_text_get_member (rule, "text", NULL));
      cite (self, rule);
    }
}

/* Returns the last day to claim the subsidy, 0 when there is none. */
static CpDay
add_subsidy (CpAdviceSheet *self,
             CpPolicyPack  *pack,
             CpProfile     *profile,
             int            level,
             CpDay          on)
{
  CpSubsidyCertificate certificate = { cp_profile_get_occupation (profile), level, on, "evaluation_org" };
  g_autoptr(CpSubsidyAnswer) answer = NULL;
  g_autofree char *amount = NULL;

  /* Translators: %d is a level */
  add (self, BLOCK_HEADING, _("Subsidy for a level %d certificate issued today"), level);
  if (cp_profile_get_city (profile) == NULL || certificate.occupation == NULL)
    {
      add (self, BLOCK_TEXT, "%s", _("Enter the city and the occupation to compute it."));
      return 0;
    }
  answer = cp_subsidy_evaluate (pack, profile, &certificate, cp_profile_get_city (profile), on);
  add_answer (self, answer);
  return answer->eligible ? answer->deadline : 0;
}

static gboolean
can_take_one (CpPolicyPack *pack,
              CpProfile    *profile,
              JsonObject   *session)
{
  g_autoptr(CpEligibility) eligibility = cp_eligibility_evaluate (pack, profile, cp_json_get_day (session, "exam_date"));
  JsonArray *levels = json_object_get_array_member (session, "levels");

  for (guint i = 0; i < json_array_get_length (levels); i++)
    if (cp_eligibility_get_level (eligibility, json_array_get_int_element (levels, i))->eligible)
      return TRUE;
  return FALSE;
}

/* The sessions still to come of a level the candidate meets the conditions
 * for by its exam date, each with the deadlines not yet past. */
static void
add_sessions (CpAdviceSheet *self,
              CpPolicyPack  *pack,
              CpProfile     *profile,
              GPtrArray     *sessions,
              CpDay          on)
{
  CpWorkCalendar *calendar = cp_work_calendar_for_pack (pack);
  guint listed = 0;

  add (self, BLOCK_HEADING, "%s", _("Upcoming exam sessions this candidate may take"));
  for (guint i = 0; i < sessions->len; i++)
    {
      JsonObject *session = g_ptr_array_index (sessions, i);
      JsonObject *centre = cp_policy_find (pack, "exams.json", "centres", "id", json_object_get_string_member (session, "centre"));
      CpDay exam = cp_json_get_day (session, "exam_date");
      g_autoptr(GArray) milestones = NULL;
      g_autofree char *date = NULL;
      g_autoptr(GString) levels = g_string_new (NULL);
      JsonArray *numbers = json_object_get_array_member (session, "levels");

      if (exam < on || !can_take_one (pack, profile, session))
        continue;
      listed++;
      date = cp_date_format (exam);
      for (guint k = 0; k < json_array_get_length (numbers); k++)
        g_string_append_printf (levels, "%s%" G_GINT64_FORMAT, k > 0 ? "/" : "", json_array_get_int_element (numbers, k));
      /* Translators: exam date, city, centre, levels */
      add (self, BLOCK_TEXT, _("%s · %s · %s · level %s"), date,
           region_name (pack, json_object_get_string_member (session, "region")),
           centre != NULL ? cp_text_get_member (centre, "name", NULL) : json_object_get_string_member (session, "centre"),
           levels->str);
      milestones = cp_session_milestones (pack, calendar, session);
      for (guint k = 0; k < milestones->len; k++)
        {
          const CpMilestone *milestone = &g_array_index (milestones, CpMilestone, k);
          g_autofree char *when = NULL;

          if (!milestone->deadline || milestone->date < on)
            continue;
          when = cp_date_format (milestone->date);
          add (self, BLOCK_ITEM, "%s: %s", milestone->label, when);
        }
      cite (self, session);
    }
  if (listed == 0)
    add (self, BLOCK_TEXT, "%s", _("No upcoming session of a level this candidate can take is known. Sessions come "
                                   "in the evaluation organisations’ notices: the Exam Calendar tab reads one."));
}

/* " (on the checklist of …)": each checklist is one organisation's. */
static char *
checklists_of (CpPolicyPack *pack,
               JsonObject   *document)
{
  JsonArray *centres = json_object_has_member (document, "centres") ? json_object_get_array_member (document, "centres") : NULL;
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; centres != NULL && i < json_array_get_length (centres); i++)
    {
      JsonObject *centre = cp_policy_find (pack, "exams.json", "centres", "id", json_array_get_string_element (centres, i));

      if (centre != NULL)
        g_string_append_printf (names, "%s%s", names->len > 0 ? _(", ") : "", cp_text_get_member (centre, "name", NULL));
    }
  if (names->len == 0)
    return g_strdup ("");
  /* Translators: the organisations whose document checklists ask for it */
  return g_strdup_printf (_(" (on the checklist of %s)"), names->str);
}

/* The level the sheet is about: since when it is open, the subsidy's last
 * day, and when the levels not open yet will be; never an empty heading. */
static void
add_key_dates (CpAdviceSheet *self,
               CpEligibility *eligibility,
               int            level_number,
               CpDay          on,
               CpDay          deadline)
{
  CpLevelResult *level = cp_eligibility_get_level (eligibility, level_number);
  guint before;

  add (self, BLOCK_HEADING, "%s", _("Key dates"));
  before = self->blocks->len;
  if (level != NULL && level->eligible && level->eligible_from != 0)
    {
      g_autofree char *from = cp_date_format (level->eligible_from);
      /* Translators: level, date */
      add (self, BLOCK_ITEM, _("Level %d: meets the conditions since %s"), level_number, from);
    }
  if (deadline != 0)
    {
      g_autofree char *issued = cp_date_format (on);
      g_autofree char *last = cp_date_format (deadline);
      /* Translators: level, the day a certificate is issued, the last day to claim its subsidy */
      add (self, BLOCK_ITEM, _("Subsidy for a level %d certificate issued on %s: claim it by %s"), level_number, issued, last);
    }
  for (guint i = 0; i < eligibility->levels->len; i++)
    {
      CpLevelResult *candidate = g_ptr_array_index (eligibility->levels, i);

      if (!candidate->eligible && candidate->eligible_from != 0)
        {
          g_autofree char *from = cp_date_format (candidate->eligible_from);
          /* Translators: level, date */
          add (self, BLOCK_ITEM, _("Level %d: meets the conditions from %s if the current work goes on"),
               candidate->level, from);
        }
    }
  if (self->blocks->len == before)
    add (self, BLOCK_ITEM, "%s", _("No date follows from what was entered yet."));
}

static void
add_documents (CpAdviceSheet *self,
               CpPolicyPack  *pack,
               CpEligibility *eligibility,
               CpProfile     *profile,
               int            level_number)
{
  CpLevelResult *level;

  level = cp_eligibility_get_level (eligibility, level_number);
  /* Translators: %d is a level */
  add (self, BLOCK_HEADING, _("Documents to bring for level %d"), level_number);
  for (guint i = 0; i < level->documents->len; i++)
    {
      JsonObject *document = g_ptr_array_index (level->documents, i);
      gboolean done = cp_profile_get_document_done (profile, level_number, json_object_get_string_member (document, "id"));

      g_autofree char *askers = checklists_of (pack, document);

      add (self, BLOCK_ITEM, "%s %s — %s%s", done ? "☑" : "☐", cp_text_get_member (document, "name", NULL),
           cp_text_get_member (document, "description", NULL), askers);
    }
}

static void
add_sources (CpAdviceSheet *self,
             CpPolicyPack  *pack)
{
  add (self, BLOCK_HEADING, "%s", _("Sources"));
  for (guint i = 0; i < self->source_order->len; i++)
    {
      g_autofree char *described = cp_policy_source_describe (pack, g_ptr_array_index (self->source_order, i));

      add (self, BLOCK_SMALL, "%s", described);
    }
}

CpAdviceSheet *
cp_advice_sheet_new (CpPolicyPack *pack,
                     CpProfile    *profile,
                     CpDay         on)
{
  g_autoptr(GPtrArray) scheduled = cp_schedule_merge (pack, NULL, NULL);
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();

  for (guint i = 0; i < scheduled->len; i++)
    g_ptr_array_add (sessions, ((CpScheduledSession *) g_ptr_array_index (scheduled, i))->session);
  return cp_advice_sheet_new_with_sessions (pack, profile, on, sessions);
}

CpAdviceSheet *
cp_advice_sheet_new_with_sessions (CpPolicyPack *pack,
                                   CpProfile    *profile,
                                   CpDay         on,
                                   GPtrArray    *sessions)
{
  CpAdviceSheet *self = g_new0 (CpAdviceSheet, 1);
  g_autoptr(CpEligibility) eligibility = cp_eligibility_evaluate (pack, profile, on);
  g_autofree char *today = cp_date_format (on);
  int highest;
  CpDay deadline;

  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, block_clear);
  self->sources = g_hash_table_new (g_str_hash, g_str_equal);
  self->source_order = g_ptr_array_new ();

  /* Translators: the sheet's title, with the candidate's name */
  add (self, BLOCK_TITLE, _("Certpath advice sheet: %s"), cp_profile_get_name (profile) ? cp_profile_get_name (profile) : _("candidate"));
  /* Translators: date; policy data version and date */
  add (self, BLOCK_SMALL, _("As of %s · policy data %s, dated %s · Certpath %s"), today,
       cp_policy_pack_get_version (pack), cp_policy_pack_get_date (pack), PACKAGE_VERSION);
  add_checked (self, pack);

  add_inputs (self, pack, profile);
  highest = add_levels (self, pack, eligibility, profile);
  deadline = add_subsidy (self, pack, profile, highest != 0 ? highest : 5, on);
  add_sessions (self, pack, profile, sessions, on);
  add_exam_rules (self, pack, profile, on);
  add_key_dates (self, eligibility, highest != 0 ? highest : 5, on, deadline);
  add_documents (self, pack, eligibility, profile, highest != 0 ? highest : 5);
  add_sources (self, pack);
  /* The ids point into the pack, which may go before the sheet does. */
  g_hash_table_remove_all (self->sources);
  g_ptr_array_set_size (self->source_order, 0);
  add (self, BLOCK_SMALL, "%s", _("Only the human resources authorities and the evaluation organisations decide. "
                                  "Check every figure against the latest official notice before acting on it."));
  return self;
}

char *
cp_advice_sheet_file_name (const char *name,
                           CpDay       on)
{
  g_autofree char *day = cp_date_format (on);
  g_autofree char *clean = g_strstrip (g_strdup (name != NULL ? name : ""));

  /* A slash would make a folder; control characters confuse file managers. */
  for (char *c = clean; *c != '\0'; c++)
    if (*c == '/' || *c == '\\' || g_ascii_iscntrl (*c))
      *c = '-';
  if (clean[0] == '\0')
    /* Translators: the advice sheet's PDF file name without a candidate's name; %s is the date */
    return g_strdup_printf (_("advice sheet %s.pdf"), day);
  /* Translators: the advice sheet's PDF file name: the candidate's name, the date */
  return g_strdup_printf (_("%s – advice sheet %s.pdf"), clean, day);
}

char *
cp_advice_sheet_to_text (CpAdviceSheet *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);

      g_string_append_printf (text, "%s%s\n", block->kind == BLOCK_ITEM ? "  " : "", block->text);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static PangoLayout *
make_layout (cairo_t     *cr,
             const Block *block,
             double       width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = NULL;
  double indent = block->kind == BLOCK_ITEM ? 14 : 0;

  switch (block->kind)
    {
    case BLOCK_TITLE:
      font = pango_font_description_from_string ("Sans Bold 14");
      break;
    case BLOCK_HEADING:
      font = pango_font_description_from_string ("Sans Bold 10");
      break;
    case BLOCK_SMALL:
      font = pango_font_description_from_string ("Sans 7");
      break;
    case BLOCK_TEXT:
    case BLOCK_ITEM:
    default:
      font = pango_font_description_from_string ("Sans 8");
    }
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) ((width - indent) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, block->text, -1);
  return layout;
}

static double
space_before (const Block *block)
{
  return block->kind == BLOCK_HEADING ? 8 : 1;
}

int
cp_advice_sheet_paginate (CpAdviceSheet *self,
                          cairo_t       *cr,
                          double         width,
                          double         height)
{
  double y = MARGIN;
  int page = 0;

  self->width = width;
  self->height = height;
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);
      g_autoptr(PangoLayout) layout = make_layout (cr, block, width - 2 * MARGIN);
      int layout_height;

      pango_layout_get_pixel_size (layout, NULL, &layout_height);
      y += space_before (block);
      /* A heading is not left alone at the foot of a page. */
      if (y + layout_height + (block->kind == BLOCK_HEADING ? 30 : 0) > height - MARGIN && y > MARGIN + 1)
        {
          page++;
          y = MARGIN;
        }
      block->page = page;
      block->y = y;
      y += layout_height;
    }
  self->pages = page + 1;
  return self->pages;
}

void
cp_advice_sheet_draw_page (CpAdviceSheet *self,
                           cairo_t       *cr,
                           int            page)
{
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);
      g_autoptr(PangoLayout) layout = NULL;

      if (block->page != page)
        continue;
      layout = make_layout (cr, block, self->width - 2 * MARGIN);
      cairo_move_to (cr, MARGIN + (block->kind == BLOCK_ITEM ? 14 : 0), block->y);
      pango_cairo_show_layout (cr, layout);
    }
}

gboolean
cp_advice_sheet_write_pdf (CpAdviceSheet *self,
                           const char    *path,
                           GError       **error)
{
  /* A4 in points. */
  const double width = 595.28, height = 841.89;
  cairo_surface_t *surface = cairo_pdf_surface_create (path, width, height);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;
  int pages = cp_advice_sheet_paginate (self, cr, width, height);

  for (int page = 0; page < pages; page++)
    {
      cp_advice_sheet_draw_page (self, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s: %s", path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
