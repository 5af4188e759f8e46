/* cp-calendar-page.c: the Exam Calendar tab
 *
 * The sessions in force (bundled, replaced or added to by feeds), in a
 * month view and a filtered list; a session's timeline with countdowns;
 * the list or a session as .ics; and the feeds refreshed without ever
 * losing the last good sessions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cp-calendar-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cp-calendar-page.h"
#include "cp-eligibility.h"
#include "cp-feed-cache.h"
#include "cp-feed-refresh.h"
#include "cp-filter-fold.h"
#include "cp-icalendar.h"
#include "cp-milestone-index.h"
#include "cp-policy-query.h"
#include "cp-refresh.h"
#include "cp-region-model.h"
#include "cp-policy-sources.h"
#include "cp-row-list.h"
#include "cp-session-item.h"
#include "cp-subsidy.h"
#include "cp-session-milestones.h"
#include "cp-split-view.h"
#include "cp-text.h"

#include <string.h>

struct _CpCalendarPage
{
  AdwBin               parent_instance;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  GtkDropDown         *city_filter;
  GtkDropDown         *level_filter;
  GtkCheckButton      *eligible_check;
  GtkCheckButton      *open_check;
  GtkLabel            *updated_label;
  GtkSpinner          *spinner;
  GtkButton           *refresh_button;
  GtkCalendar         *month_view;
  GtkListView         *list_view;
  GtkLabel            *title_label;
  GtkLabel            *facts_label;
  GtkLabel            *rules_label;
  GtkListBox          *timeline_list;

  /* Owned */
  CpPolicyPack        *pack;
  CpProfile           *profile;
  CpWorkCalendar      *calendar;
  CpMilestoneIndex    *marks;            /* of the store's sessions; NULL until a month is shown */
  CpRegionModel       *cities;
  GListStore          *store;
  GtkCustomFilter     *filter;
  GtkSingleSelection  *selection;
  GHashTable          *eligible_cache;   /* session id → GINT (1 yes, 2 no) */
  GStrv                urls;
  char                *cache_directory;
  GPtrArray           *feeds;            /* CpFeed *, one per URL with a good copy */
  GPtrArray           *fetched_at;       /* char * */
  SoupSession         *session;
  GCancellable        *cancellable;
  guint                pending;
  guint                loading;           /* cache loads under way, or waiting */
  gboolean             drawn;             /* the window has drawn its first frame */
  gboolean             load_waiting;      /* a cache load waits for it */
  guint                load_generation;
  char                *problem;
  char                *problem_detail;
  GtkFileChooserNative *chooser;
  gulong               changed_handler;
  CpDay                day;
  CpRefresh           *refresh;
  gboolean             pack_stale;       /* what the widgets show is behind */
  gboolean             sessions_stale;
  gboolean             profile_stale;
  gboolean             day_stale;
};

G_DEFINE_FINAL_TYPE (CpCalendarPage, cp_calendar_page, ADW_TYPE_BIN)

static CpDay
today (CpCalendarPage *self)
{
  return self->day != 0 ? self->day : cp_date_today ();
}

/* ---------- Filtering ---------- */

static gboolean
candidate_can_take (CpCalendarPage *self,
                    JsonObject     *session)
{
  const char *id = json_object_get_string_member (session, "id");
  int cached = GPOINTER_TO_INT (g_hash_table_lookup (self->eligible_cache, id));
  g_autoptr(CpEligibility) eligibility = NULL;
  JsonArray *levels = json_object_get_array_member (session, "levels");
  gboolean can = FALSE;

  if (cached != 0)
    return cached == 1;
  if (self->profile == NULL)
    return TRUE;
  /* Eligible by the exam date counts: that is when the papers are checked. */
  eligibility = cp_eligibility_evaluate (self->pack, self->profile, cp_json_get_day (session, "exam_date"));
  for (guint i = 0; i < json_array_get_length (levels); i++)
    can |= cp_eligibility_get_level (eligibility, json_array_get_int_element (levels, i))->eligible;
  g_hash_table_insert (self->eligible_cache, g_strdup (id), GINT_TO_POINTER (can ? 1 : 2));
  return can;
}

static gboolean
matches (gpointer item,
         gpointer user_data)
{
  CpCalendarPage *self = user_data;
  JsonObject *session = cp_session_item_get_session (item);
  guint city = gtk_drop_down_get_selected (self->city_filter);
  guint level = gtk_drop_down_get_selected (self->level_filter);
  const char *status = cp_session_status (session, today (self));

  if (city > 0 && g_strcmp0 (cp_region_model_get_id (self->cities, city - 1),
                             json_object_get_string_member (session, "region")) != 0)
    return FALSE;
  if (level > 0 && !cp_json_array_has_int (json_object_get_array_member (session, "levels"), 6 - level))
    return FALSE;
  if (gtk_check_button_get_active (self->open_check) && !g_str_equal (status, "open") &&
      !g_str_equal (status, "closing_soon"))
    return FALSE;
  if (gtk_check_button_get_active (self->eligible_check) && !candidate_can_take (self, session))
    return FALSE;
  return TRUE;
}

static void mark_month (CpCalendarPage *self);

static void
filters_changed_cb (CpCalendarPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  mark_month (self);
}

/* ---------- Texts ---------- */

static const char *
status_text (const char *status)
{
  if (g_str_equal (status, "open"))
    return _("open for registration");
  if (g_str_equal (status, "closing_soon"))
    return _("registration closing soon");
  if (g_str_equal (status, "closed"))
    return _("registration closed");
  return _("held");
}

static char *
levels_text (JsonObject *session)
{
  JsonArray *levels = json_object_get_array_member (session, "levels");
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (levels); i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? "/" : "", json_array_get_int_element (levels, i));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const char *
region_name (CpCalendarPage *self,
             const char     *id)
{
  JsonObject *region = cp_policy_find (self->pack, "regions.json", "regions", "id", id);

  return region != NULL ? cp_text_get_member (region, "name", NULL) : id;
}

static const char *
weekday_name (CpDay date)
{
  /* Our own names, so they follow the app's language and not the C locale. */
  static const char * const names[] = {
    N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"), N_("Sunday")
  };

  return _(names[cp_date_weekday (date) - G_DATE_MONDAY]);
}

static char *
countdown (CpDay date,
           CpDay now)
{
  g_autofree char *day = cp_date_format (date);
  g_autofree char *when = NULL;
  int days = (int) date - (int) now;

  /* Translators: a weekday and a date, "Monday 2026-03-23" */
  when = g_strdup_printf (_("%s %s"), weekday_name (date), day);
  if (days > 0)
    /* Translators: "in 12 days — Monday 2026-03-23" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in %d day — %s", "in %d days — %s", days), days, when);
  if (days == 0)
    return g_strdup_printf (_("today — %s"), when);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day ago — %s", "%d days ago — %s", -days), -days, when);
}

static char *
time_text (const char *iso)
{
  g_autoptr(GDateTime) when = iso != NULL ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;

  return when != NULL ? g_date_time_format (when, "%Y-%m-%d %H:%M") : g_strdup ("");
}

/* ---------- The list ---------- */

static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (list_item, box);
}

static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             CpCalendarPage           *self)
{
  CpSessionItem *item = gtk_list_item_get_item (list_item);
  JsonObject *session = cp_session_item_get_session (item);
  GtkWidget *title = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  JsonObject *centre = cp_policy_find (self->pack, "exams.json", "centres", "id",
                                       json_object_get_string_member (session, "centre"));
  g_autofree char *levels = levels_text (session);
  /* Translators: exam date, city, levels */
  g_autofree char *heading = g_strdup_printf (_("%s · %s · level %s"), json_object_get_string_member (session, "exam_date"),
                                              region_name (self, json_object_get_string_member (session, "region")), levels);
  g_autofree char *detail = g_strdup_printf ("%s · %s", centre != NULL ? cp_text_get_member (centre, "name", NULL) : "",
                                             status_text (cp_session_status (session, today (self))));

  gtk_label_set_label (GTK_LABEL (title), heading);
  gtk_label_set_label (GTK_LABEL (subtitle), detail);
}

/* ---------- The detail ---------- */

static GtkWidget *
timeline_row_new (gpointer user_data)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *alarm = gtk_image_new_from_icon_name ("alarm-symbolic");

  adw_action_row_add_prefix (ADW_ACTION_ROW (row), alarm);
  g_object_set_data (G_OBJECT (row), "cp-alarm", alarm);
  return row;
}

static void
show_timeline_row (CpCalendarPage    *self,
                   guint              index,
                   const CpMilestone *milestone)
{
  GtkWidget *row = cp_row_list_get (self->timeline_list, index, timeline_row_new, NULL);
  g_autoptr(GString) subtitle = g_string_new (NULL);

  if (milestone->date == 0)
    g_string_append (subtitle, _("No rule in the data gives this date"));
  else
    {
      g_autofree char *when = countdown (milestone->date, today (self));
      g_string_append (subtitle, when);
    }
  if (milestone->derived && milestone->rule != NULL)
    {
      g_autofree char *cited = cp_policy_record_cite (self->pack, milestone->rule);
      /* Translators: the documents of the rule a date was worked out from, and how sure they are */
      g_string_append_printf (subtitle, _(" · worked out from the rule in %s (%s)"), cited != NULL ? cited : "",
                              cp_certainty_label (cp_policy_record_certainty (self->pack, milestone->rule)));
    }
  else if (milestone->date != 0)
    g_string_append (subtitle, _(" · as published"));
  /* Another organisation's rule says so in the label already. */
  if (milestone->approximate && !milestone->other_organisation)
    g_string_append (subtitle, _(" · approximate: that year’s holidays are not published yet"));

  cp_row_set_text (row, milestone->label, subtitle->str);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "cp-alarm"),
                          milestone->deadline && milestone->date != 0 && milestone->date >= today (self));
}

/* What a candidate of the session should know besides its dates: retakes,
 * absence, the retake fee, where to look the certificate up, and how to
 * claim the subsidy afterwards; each with its sources. */
static void
show_rules_to_know (CpCalendarPage *self,
                    JsonObject     *session)
{
  g_autoptr(GString) facts = g_string_new (_("Exam rules to know"));
  const char *region = json_object_get_string_member (session, "region");
  CpDay exam = cp_json_get_day (session, "exam_date");
  g_autoptr(GPtrArray) rules = cp_exam_rules_for (self->pack, region, json_object_get_string_member (session, "centre"),
                                                  exam, cp_exam_rules_to_know);
  g_autoptr(GPtrArray) procedures = cp_subsidy_claim_procedures (self->pack, region, exam);

  for (guint i = 0; i < rules->len; i++)
    {
      g_autofree char *cited = cp_policy_record_cite (self->pack, g_ptr_array_index (rules, i));
      g_string_append_printf (facts, "\n• %s [%s]", cp_text_get_member (g_ptr_array_index (rules, i), "text", NULL), cited);
    }
  for (guint i = 0; i < procedures->len; i++)
    {
      g_autofree char *cited = cp_policy_record_cite (self->pack, g_ptr_array_index (procedures, i));
      /* Translators: how to claim the subsidy, then its sources */
      g_string_append_printf (facts, _("\n• Subsidy afterwards: %s [%s]"),
                              cp_text_get_member (g_ptr_array_index (procedures, i), "text", NULL), cited);
    }
  gtk_label_set_label (self->rules_label, facts->str);
}

static void
show_session (CpCalendarPage *self,
              CpSessionItem  *item)
{
  JsonObject *session;
  JsonObject *centre;
  JsonArray *registration;
  JsonArray *fees;
  g_autoptr(GArray) milestones = NULL;
  g_autoptr(GString) facts = g_string_new (NULL);
  g_autofree char *levels = NULL;
  g_autofree char *title = NULL;

  if (item == NULL)
    {
      cp_row_list_truncate (self->timeline_list, 0);
      gtk_label_set_label (self->title_label, _("No session selected"));
      gtk_label_set_label (self->facts_label, "");
      gtk_label_set_label (self->rules_label, "");
      return;
    }

  session = cp_session_item_get_session (item);
  centre = cp_policy_find (self->pack, "exams.json", "centres", "id", json_object_get_string_member (session, "centre"));
  levels = levels_text (session);
  /* Translators: centre, exam date, levels */
  title = g_strdup_printf (_("%s, %s, level %s"), centre != NULL ? cp_text_get_member (centre, "name", NULL) : "",
                          json_object_get_string_member (session, "exam_date"), levels);
  gtk_label_set_label (self->title_label, title);

  if (centre != NULL && !json_object_get_null_member (centre, "address"))
    g_string_append_printf (facts, "%s\n", cp_text_get_member (centre, "address", NULL));
  fees = centre != NULL ? json_object_get_array_member (centre, "fees") : NULL;
  for (guint i = 0; fees != NULL && i < json_array_get_length (fees); i++)
    {
      JsonObject *fee = json_array_get_object_element (fees, i);
      JsonNode *total = json_object_get_member (fee, "total");

      if (!JSON_NODE_HOLDS_NULL (total))
        /* Translators: exam fees: theory, practical, total, in yuan */
        g_string_append_printf (facts, _("Fees: theory %d + practical %d = %d yuan\n"),
                                (int) json_object_get_int_member_with_default (fee, "theory", 0),
                                (int) json_object_get_int_member_with_default (fee, "practical", 0),
                                (int) json_node_get_int (total));
    }
  if (!json_object_get_null_member (session, "capacity"))
    /* Translators: places, and the number needed for the session to be held */
    g_string_append_printf (facts, _("%d places; held only with at least %d candidates\n"),
                            (int) json_object_get_int_member (session, "capacity"),
                            (int) json_object_get_int_member_with_default (session, "min_to_open", 0));
  registration = json_object_get_array_member (session, "registration");
  for (guint i = 0; i < json_array_get_length (registration); i++)
    {
      JsonObject *channel = json_array_get_object_element (registration, i);

      /* Translators: where to register: the system's name and address */
      g_string_append_printf (facts, _("Register on %s: %s\n"), cp_text_get_member (channel, "name", NULL),
                              json_object_get_null_member (channel, "url") ? _("address not given")
                                                                           : json_object_get_string_member (channel, "url"));
    }
  if (!json_object_get_null_member (session, "registration_code"))
    g_string_append_printf (facts, _("Registration code: %s\n"), json_object_get_string_member (session, "registration_code"));
  if (cp_session_item_get_origin (item) != NULL)
    /* Translators: a feed's publisher and when it was fetched */
    {
      g_autofree char *fetched = time_text (cp_session_item_get_fetched_at (item));
      g_string_append_printf (facts, _("From the feed of %s, fetched %s"), cp_session_item_get_origin (item), fetched);
    }
  else
    g_string_append (facts, _("From the bundled policy data"));
  show_rules_to_know (self, session);
  gtk_label_set_label (self->facts_label, facts->str);

  milestones = cp_session_milestones (self->pack, self->calendar, session);
  for (guint i = 0; i < milestones->len; i++)
    show_timeline_row (self, i, &g_array_index (milestones, CpMilestone, i));
  cp_row_list_truncate (self->timeline_list, milestones->len);
}

static void
selected_cb (CpCalendarPage *self)
{
  show_session (self, gtk_single_selection_get_selected_item (self->selection));
}

/* Exam days and deadlines of the shown month, marked: the milestones are
 * worked out once per change of the sessions, and a month costs only its
 * own marks, each session asked once whether the filters show it. */
static void
mark_month (CpCalendarPage *self)
{
  g_autoptr(GDateTime) shown = gtk_calendar_get_date (self->month_view);
  GListModel *store = G_LIST_MODEL (self->store);
  const CpMilestoneMark *marks;
  guint32 marked = 0;  /* bit mday */
  guint n_marks;

  gtk_calendar_clear_marks (self->month_view);
  if (self->pack == NULL)
    return;
  if (self->marks == NULL)
    {
      g_autoptr(GPtrArray) sessions = g_ptr_array_new ();

      for (guint i = 0; i < g_list_model_get_n_items (store); i++)
        {
          g_autoptr(CpSessionItem) item = g_list_model_get_item (store, i);
          g_ptr_array_add (sessions, cp_session_item_get_session (item));
        }
      self->marks = cp_milestone_index_new (self->pack, self->calendar, sessions);
    }
  marks = cp_milestone_index_get_month (self->marks, g_date_time_get_year (shown), g_date_time_get_month (shown),
                                        &n_marks);
  for (guint i = 0; i < n_marks; i++)
    {
      int mday;
      g_autoptr(CpSessionItem) item = NULL;

      cp_date_to_ymd (marks[i].date, NULL, NULL, &mday);
      if (marked & (1u << mday))
        continue;
      item = g_list_model_get_item (store, marks[i].session);
      if (item != NULL && matches (item, self))
        {
          gtk_calendar_mark_day (self->month_view, mday);
          marked |= 1u << mday;
        }
    }
}

/* ---------- Sessions and feeds ---------- */

static void
rebuild (CpCalendarPage *self)
{
  g_autoptr(GPtrArray) merged = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  g_hash_table_remove_all (self->eligible_cache);
  g_clear_pointer (&self->marks, cp_milestone_index_free);
  if (self->pack != NULL)
    merged = cp_schedule_merge (self->pack, self->feeds, self->fetched_at);
  for (guint i = 0; merged != NULL && i < merged->len; i++)
    g_ptr_array_add (items, cp_session_item_new (g_ptr_array_index (merged, i)));
  /* In one change: the filter and the sort see the sessions once, not
   * once for each of thousands. */
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)), items->pdata, items->len);
  if (self->pack == NULL)
    return;
  mark_month (self);
  selected_cb (self);
}

static void update_label (CpCalendarPage *self);

/* Reading and checking the cached feeds, in a worker thread: a feed near
 * the 2 MiB cap takes a moment, and the window must not wait for it. */
typedef struct
{
  CpPolicyPack *pack;
  GStrv         urls;
  char         *cache_directory;
  guint         generation;
  GPtrArray    *feeds;       /* CpFeed * */
  GPtrArray    *fetched_at;  /* char * */
} CacheLoad;

static void
cache_load_free (CacheLoad *load)
{
  g_object_unref (load->pack);
  g_strfreev (load->urls);
  g_free (load->cache_directory);
  g_ptr_array_unref (load->feeds);
  g_ptr_array_unref (load->fetched_at);
  g_free (load);
}

static void
load_cache_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  CacheLoad *load = task_data;

  for (guint i = 0; load->urls[i] != NULL && !g_cancellable_is_cancelled (cancellable); i++)
    {
      g_autoptr(CpFeedCacheEntry) entry = NULL;
      g_autoptr(GBytes) body = cp_feed_cache_load (load->cache_directory, load->urls[i], &entry, NULL);
      CpFeed *feed;

      if (body == NULL)
        continue;
      feed = cp_feed_parse (load->pack, body, load->urls[i], NULL);
      if (feed == NULL)
        continue;
      g_ptr_array_add (load->feeds, feed);
      g_ptr_array_add (load->fetched_at, g_strdup (entry->fetched_at));
    }
  g_task_return_boolean (task, TRUE);
}

static void
cached_feeds_loaded_cb (GObject      *source_object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  CpCalendarPage *self = CP_CALENDAR_PAGE (source_object);
  CacheLoad *load = g_task_get_task_data (G_TASK (result));

  /* Cancelled: the page is going away. */
  if (!g_task_propagate_boolean (G_TASK (result), NULL))
    return;
  self->loading--;
  /* A later load (another pack, other feeds) has the last word. */
  if (load->generation != self->load_generation)
    return;
  g_ptr_array_unref (self->feeds);
  g_ptr_array_unref (self->fetched_at);
  self->feeds = g_ptr_array_ref (load->feeds);
  self->fetched_at = g_ptr_array_ref (load->fetched_at);
  /* Sessions arrive rarely, so a built tab takes them at once; one not
   * built yet takes them when it is. */
  if (!cp_refresh_is_built (GTK_WIDGET (self)))
    {
      self->sessions_stale = TRUE;
      cp_refresh_queue (self->refresh);
      return;
    }
  rebuild (self);
  update_label (self);
}

static void load_cached_feeds (CpCalendarPage *self);

static void
first_frame_cb (CpCalendarPage *self,
                GdkFrameClock  *clock)
{
  if (clock != NULL)
    g_signal_handlers_disconnect_by_func (clock, first_frame_cb, self);
  self->drawn = TRUE;
  if (self->load_waiting)
    {
      self->load_waiting = FALSE;
      self->loading--;
      load_cached_feeds (self);
    }
}

static void
root_mapped_cb (CpCalendarPage *self,
                GtkWidget      *root)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (root);

  g_signal_handlers_disconnect_by_func (root, root_mapped_cb, self);
  if (clock != NULL)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (first_frame_cb), self, G_CONNECT_SWAPPED);
  else
    first_frame_cb (self, NULL);
}

/* At start-up the window draws first: reading and checking 10 000 cached
 * sessions takes a core for half a second, and no one sees them before
 * the tab is shown. TRUE if the load is to wait for the first frame. */
static gboolean
wait_for_first_frame (CpCalendarPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->drawn || root == NULL || gtk_widget_get_mapped (GTK_WIDGET (root)))
    return FALSE;
  if (!self->load_waiting)
    {
      self->load_waiting = TRUE;
      self->loading++;
      g_signal_connect_object (root, "map", G_CALLBACK (root_mapped_cb), self, G_CONNECT_SWAPPED);
    }
  return TRUE;
}

/* The last good copy of every feed; the sessions shown until then stay. */
static void
load_cached_feeds (CpCalendarPage *self)
{
  g_autoptr(GTask) task = NULL;
  CacheLoad *load;

  self->load_generation++;
  if (self->pack == NULL || self->urls == NULL)
    {
      g_ptr_array_set_size (self->feeds, 0);
      g_ptr_array_set_size (self->fetched_at, 0);
      return;
    }
  if (wait_for_first_frame (self))
    return;
  load = g_new0 (CacheLoad, 1);
  load->pack = g_object_ref (self->pack);
  load->urls = g_strdupv (self->urls);
  load->cache_directory = g_strdup (self->cache_directory);
  load->generation = self->load_generation;
  load->feeds = g_ptr_array_new_with_free_func ((GDestroyNotify) cp_feed_free);
  load->fetched_at = g_ptr_array_new_with_free_func (g_free);
  self->loading++;
  task = g_task_new (self, self->cancellable, cached_feeds_loaded_cb, NULL);
  g_task_set_task_data (task, load, (GDestroyNotify) cache_load_free);
  g_task_run_in_thread (task, load_cache_thread);
}

/* What went wrong, in words a front desk can act on. */
static const char *
plain_words (const GError *error)
{
  if (error->domain == CP_FETCH_ERROR)
    switch (error->code)
      {
      case CP_FETCH_ERROR_NOT_ALLOWED:
        return _("this address is not allowed: feeds must start with https://");
      case CP_FETCH_ERROR_BAD_URL:
        return _("this is not a web address");
      case CP_FETCH_ERROR_HTTP:
        return _("the school’s server answered with an error");
      case CP_FETCH_ERROR_TIMEOUT:
        return _("the school’s server did not answer in time");
      case CP_FETCH_ERROR_TOO_LARGE:
        return _("what the server sent is far too large to be a schedule");
      case CP_FETCH_ERROR_REDIRECTS:
        return _("the server sends Certpath round in circles");
      case CP_FETCH_ERROR_NETWORK:
      default:
        return _("the server could not be reached; check the internet connection");
      }
  if (error->domain == CP_FEED_ERROR)
    return error->code == CP_FEED_ERROR_WRONG_FORMAT ? _("the feed is of a format or version Certpath does not read")
                                                     : _("the address does not give a schedule feed");
  return _("the feed could not be updated");
}

static void
details_response_cb (AdwToast       *toast,
                     CpCalendarPage *self)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                              _("What Went Wrong"), self->problem_detail);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
update_label (CpCalendarPage *self)
{
  const char *latest = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < self->fetched_at->len; i++)
    if (latest == NULL || g_strcmp0 (g_ptr_array_index (self->fetched_at, i), latest) > 0)
      latest = g_ptr_array_index (self->fetched_at, i);

  if (self->urls == NULL || self->urls[0] == NULL)
    text = g_strdup (_("Bundled sessions only"));
  else if (latest == NULL)
    text = g_strdup (_("Feeds not fetched yet"));
  else
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (latest, NULL);
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      gint64 minutes = when != NULL ? g_date_time_difference (now, when) / G_TIME_SPAN_MINUTE : 0;

      if (minutes < 1)
        text = g_strdup (_("Updated just now"));
      else if (minutes < 120)
        /* Translators: "updated 5 minutes ago" */
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Updated %d minute ago", "Updated %d minutes ago", minutes),
                                (int) minutes);
      else
        {
          g_autofree char *fetched = time_text (latest);
          text = g_strdup_printf (_("Last good copy from %s"), fetched);
        }
    }
  gtk_label_set_label (self->updated_label, text);
}

static void
refresh_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  CpCalendarPage *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CpFeedRefresh) refresh = cp_feed_refresh_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_object_unref (self);
      return;
    }
  if (refresh == NULL)
    {
      g_autofree char *message = NULL;
      AdwToast *toast;

      g_free (self->problem);
      g_free (self->problem_detail);
      self->problem = g_strdup (plain_words (error));
      self->problem_detail = g_strdup (error->message);
      /* Translators: what went wrong, in plain words */
      message = g_strdup_printf (_("A feed could not be updated: %s. The last good sessions are still shown."), self->problem);
      toast = adw_toast_new (message);
      adw_toast_set_button_label (toast, _("Details"));
      adw_toast_set_timeout (toast, 10);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (details_response_cb), self, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }

  if (--self->pending == 0)
    {
      gtk_spinner_stop (self->spinner);
      gtk_widget_set_sensitive (GTK_WIDGET (self->refresh_button), TRUE);
      /* Only good copies reach the cache, so reading it back gives the
       * last good sessions of every feed, new or not. */
      load_cached_feeds (self);
      rebuild (self);
      update_label (self);
    }
  g_object_unref (self);
}

void
cp_calendar_page_refresh (CpCalendarPage *self)
{
  g_return_if_fail (CP_IS_CALENDAR_PAGE (self));

  if (self->pending > 0 || self->pack == NULL || self->urls == NULL || self->urls[0] == NULL)
    return;
  cp_refresh_ensure_built (self->refresh);
  g_clear_pointer (&self->problem, g_free);
  if (self->session == NULL)
    self->session = cp_feed_session_new ();
  gtk_spinner_start (self->spinner);
  gtk_widget_set_sensitive (GTK_WIDGET (self->refresh_button), FALSE);
  /* Every feed at once; the window never waits for them. */
  for (guint i = 0; self->urls[i] != NULL; i++)
    {
      self->pending++;
      cp_feed_refresh_async (self->session, self->pack, self->urls[i], self->cache_directory, NULL,
                             self->cancellable, refresh_done_cb, g_object_ref (self));
    }
}

static void
on_refresh_button_clicked_cb (CpCalendarPage *self)
{
  cp_calendar_page_refresh (self);
}

/* ---------- Export ---------- */

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    CpCalendarPage  *self)
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ics = NULL;
  GListModel *rows = G_LIST_MODEL (self->selection);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
        {
          g_autoptr(CpSessionItem) item = g_list_model_get_item (rows, i);
          g_ptr_array_add (sessions, cp_session_item_get_session (item));
        }
      ics = cp_icalendar_from_sessions (self->pack, self->calendar, sessions, now);
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      if (!g_file_replace_contents (file, ics, strlen (ics), NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                    NULL, NULL, &error))
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      else
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Calendar exported")));
    }
  g_clear_object (&self->chooser);
}

static void
on_export_button_clicked_cb (CpCalendarPage *self)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  self->chooser = gtk_file_chooser_native_new (_("Export Exam Calendar"),
                                               GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, NULL, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("exam-sessions.ics"));
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_signal_connect (self->chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---------- Context ---------- */

void
cp_calendar_page_set_feeds (CpCalendarPage     *self,
                            const char * const *urls,
                            const char         *cache_directory)
{
  g_return_if_fail (CP_IS_CALENDAR_PAGE (self));

  g_strfreev (self->urls);
  self->urls = g_strdupv ((char **) urls);
  g_free (self->cache_directory);
  self->cache_directory = cp_feed_cache_directory (cache_directory);
  load_cached_feeds (self);
  self->sessions_stale = TRUE;
  cp_refresh_queue (self->refresh);
}

static void
profile_changed_cb (CpCalendarPage *self)
{
  self->profile_stale = TRUE;
  cp_refresh_queue (self->refresh);
}

static void
show_cities (CpCalendarPage *self)
{
  g_autoptr(GtkStringList) names = cp_region_model_new_filter_names (self->cities);

  gtk_drop_down_set_model (self->city_filter, G_LIST_MODEL (names));
}

static void
show_day (CpCalendarPage *self)
{
  int year, month, mday;
  g_autoptr(GDateTime) date = NULL;

  cp_date_to_ymd (today (self), &year, &month, &mday);
  date = g_date_time_new_local (year, month, mday, 0, 0, 0);
  gtk_calendar_select_day (self->month_view, date);
}

static void
update (GtkWidget *widget)
{
  CpCalendarPage *self = CP_CALENDAR_PAGE (widget);

  if (self->pack_stale)
    show_cities (self);
  if (self->day_stale)
    show_day (self);
  if (self->sessions_stale)
    rebuild (self);
  else if (self->profile_stale)
    {
      /* Only whom the sessions suit changes. */
      g_hash_table_remove_all (self->eligible_cache);
      if (gtk_check_button_get_active (self->eligible_check))
        filters_changed_cb (self);
    }
  if (self->day_stale && !self->sessions_stale)
    {
      filters_changed_cb (self);
      selected_cb (self);
    }
  self->pack_stale = self->day_stale = self->sessions_stale = self->profile_stale = FALSE;
  update_label (self);
}

void
cp_calendar_page_set_context (CpCalendarPage *self,
                              CpPolicyPack   *pack,
                              CpProfile      *profile)
{
  g_return_if_fail (CP_IS_CALENDAR_PAGE (self));

  if (self->profile != NULL)
    g_clear_signal_handler (&self->changed_handler, self->profile);
  if (pack != self->pack)
    {
      g_set_object (&self->pack, pack);
      g_clear_pointer (&self->calendar, cp_work_calendar_free);
      g_clear_object (&self->cities);
      if (pack != NULL)
        {
          self->calendar = cp_work_calendar_new (pack);
          self->cities = cp_region_model_new (pack, FALSE);
        }
      load_cached_feeds (self);
      self->pack_stale = self->sessions_stale = TRUE;
    }
  g_set_object (&self->profile, profile);
  if (profile != NULL)
    self->changed_handler = g_signal_connect_object (profile, "changed", G_CALLBACK (profile_changed_cb),
                                                     self, G_CONNECT_SWAPPED);
  /* Another candidate: the same sessions, perhaps for other levels. */
  profile_changed_cb (self);
}

void
cp_calendar_page_set_day (CpCalendarPage *self,
                          CpDay           day)
{
  g_return_if_fail (CP_IS_CALENDAR_PAGE (self));

  self->day = day;
  self->day_stale = TRUE;
  cp_refresh_queue (self->refresh);
}

gboolean
cp_calendar_page_is_refreshing (CpCalendarPage *self)
{
  g_return_val_if_fail (CP_IS_CALENDAR_PAGE (self), FALSE);
  return self->pending > 0 || self->loading > 0;
}

const char *
cp_calendar_page_get_problem (CpCalendarPage *self)
{
  g_return_val_if_fail (CP_IS_CALENDAR_PAGE (self), NULL);
  return self->problem;
}

GListModel *
cp_calendar_page_get_rows (CpCalendarPage *self)
{
  g_return_val_if_fail (CP_IS_CALENDAR_PAGE (self), NULL);
  cp_refresh_flush (self->refresh);
  return G_LIST_MODEL (self->selection);
}

void
cp_calendar_page_select (CpCalendarPage *self,
                         guint           position)
{
  g_return_if_fail (CP_IS_CALENDAR_PAGE (self));
  cp_refresh_flush (self->refresh);
  gtk_single_selection_set_selected (self->selection, position);
  selected_cb (self);
}

GtkListBox *
cp_calendar_page_get_timeline (CpCalendarPage *self)
{
  g_return_val_if_fail (CP_IS_CALENDAR_PAGE (self), NULL);
  cp_refresh_flush (self->refresh);
  return self->timeline_list;
}

static void
cp_calendar_page_dispose (GObject *object)
{
  CpCalendarPage *self = CP_CALENDAR_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  if (self->profile != NULL)
    g_clear_signal_handler (&self->changed_handler, self->profile);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->pack);
  g_clear_object (&self->profile);
  g_clear_pointer (&self->calendar, cp_work_calendar_free);
  g_clear_pointer (&self->marks, cp_milestone_index_free);
  g_clear_object (&self->cities);
  g_clear_object (&self->selection);
  g_clear_object (&self->session);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->eligible_cache, g_hash_table_unref);
  g_clear_pointer (&self->urls, g_strfreev);
  g_clear_pointer (&self->cache_directory, g_free);
  g_clear_pointer (&self->feeds, g_ptr_array_unref);
  g_clear_pointer (&self->fetched_at, g_ptr_array_unref);
  g_clear_pointer (&self->problem, g_free);
  g_clear_pointer (&self->problem_detail, g_free);
  g_clear_pointer (&self->refresh, cp_refresh_free);

  G_OBJECT_CLASS (cp_calendar_page_parent_class)->dispose (object);
}

static void
cp_calendar_page_class_init (CpCalendarPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (CP_TYPE_SPLIT_VIEW);

  object_class->dispose = cp_calendar_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/certpath/Certpath/ui/pages/cp-calendar-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, city_filter);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, eligible_check);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, facts_label);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, rules_label);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, level_filter);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, month_view);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, open_check);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, refresh_button);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, timeline_list);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, updated_label);
  gtk_widget_class_bind_template_callback (widget_class, on_export_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_refresh_button_clicked_cb);
  cp_filter_fold_bind_template (widget_class);
  gtk_widget_class_bind_template_child_full (widget_class, "split_view", FALSE, 0);
}

/* Not before the tab is first shown or read. */
static void
build (GtkWidget *widget)
{
  CpCalendarPage *self = CP_CALENDAR_PAGE (widget);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkSortListModel *sorted;
  GtkFilterListModel *filtered;

  gtk_widget_init_template (widget);
  cp_filter_fold_attach_template (widget, CP_TYPE_CALENDAR_PAGE);

  /* store → filter → sort by exam day → selection: fast with thousands,
   * since a filter change only re-checks the sessions. */
  self->store = g_list_store_new (CP_TYPE_SESSION_ITEM);
  self->filter = gtk_custom_filter_new (matches, self, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (self->store), GTK_FILTER (self->filter));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered),
                                    GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (CP_TYPE_SESSION_ITEM, NULL, "exam-day"))));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (self->selection, TRUE);

  g_signal_connect (factory, "setup", G_CALLBACK (row_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (row_bind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  cp_split_view_follow_list (CP_SPLIT_VIEW (gtk_widget_get_template_child (widget, CP_TYPE_CALENDAR_PAGE, "split_view")),
                             self->list_view);

  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (selected_cb), self);
  g_signal_connect_swapped (self->city_filter, "notify::selected", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->level_filter, "notify::selected", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->eligible_check, "toggled", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->open_check, "toggled", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->month_view, "notify::month", G_CALLBACK (mark_month), self);
  g_signal_connect_swapped (self->month_view, "notify::year", G_CALLBACK (mark_month), self);
}

static void
cp_calendar_page_init (CpCalendarPage *self)
{
  self->eligible_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->feeds = g_ptr_array_new_with_free_func ((GDestroyNotify) cp_feed_free);
  self->fetched_at = g_ptr_array_new_with_free_func (g_free);
  self->cancellable = g_cancellable_new ();
  self->cache_directory = cp_feed_cache_directory (NULL);
  self->refresh = cp_refresh_new (GTK_WIDGET (self), build, update);
}
