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
#include "cp-feed-export.h"
#include "cp-feed-refresh.h"
#include "cp-filter-fold.h"
#include "cp-icalendar.h"
#include "cp-milestone-index.h"
#include "cp-notice-dialog.h"
#include "cp-notice-fields.h"
#include "cp-policy-query.h"
#include "cp-refresh.h"
#include "cp-region-model.h"
#include "cp-policy-sources.h"
#include "cp-registered-check.h"
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
  GtkBox              *day_bar;
  GtkLabel            *day_label;
  GtkButton           *all_days_button;
  GtkStack            *list_stack;
  AdwStatusPage       *empty_page;
  GtkButton           *paste_button;
  GtkButton           *feed_button;
  GtkButton           *past_button;
  GtkButton           *clear_filters_button;
  GtkListView         *list_view;
  GtkLabel            *title_label;
  GtkLabel            *facts_label;
  GtkLabel            *rules_label;
  GtkListBox          *timeline_list;
  GtkWidget           *own_box;
  CpRegisteredCheck   *registered_check;  /* under the title: marks the candidate for the agenda */

  /* Owned */
  CpUserSessions      *own;
  gulong               own_handler;
  CpPolicyPack        *pack;
  CpProfile           *profile;
  CpWorkCalendar      *calendar;
  CpMilestoneIndex    *marks;            /* of the store's sessions; NULL until a month is shown */
  CpRegionModel       *cities;
  GListStore          *store;
  GtkCustomFilter     *filter;
  GtkCustomSorter     *sorter;
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
  guint                frame_late_source; /* a window never drawn waits no longer than this */
  guint                load_generation;
  char                *problem;
  char                *problem_detail;
  GtkFileChooserNative *chooser;
  gulong               changed_handler;
  CpDay                day;
  CpDay                picked;           /* the day clicked in the month view; 0: all days */
  GHashTable          *picked_sessions;  /* JsonObject * with a mark on it */
  gboolean             show_past;
  gboolean             selecting_day;    /* the page, not a person, moves the month view */
  CpRefresh           *refresh;
  gboolean             pack_stale;       /* what the widgets show is behind */
  gboolean             sessions_stale;
  gboolean             profile_stale;
  gboolean             day_stale;
};

G_DEFINE_FINAL_TYPE (CpCalendarPage, cp_calendar_page, ADW_TYPE_BIN)

static guint sessions_changed_signal;

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

/* The filters of the tool bar, whatever the day. */
static gboolean
matches_filters (CpCalendarPage *self,
                 CpSessionItem  *item)
{
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

/* A clicked day shows what falls on it, past or not; else what is still
 * to come, unless the past was asked for. */
static gboolean
matches (gpointer item,
         gpointer user_data)
{
  CpCalendarPage *self = user_data;

  if (self->picked != 0)
    {
      if (!g_hash_table_contains (self->picked_sessions, cp_session_item_get_session (item)))
        return FALSE;
    }
  else if (!self->show_past && cp_session_item_get_exam_day (item) < today (self))
    return FALSE;
  return matches_filters (self, item);
}

/* The candidate's own city and the levels they can take come first: a
 * level they cannot take matters more than another city. */
static int
rank (CpCalendarPage *self,
      CpSessionItem  *item)
{
  JsonObject *session = cp_session_item_get_session (item);
  const char *city = self->profile != NULL ? cp_profile_get_city (self->profile) : NULL;
  int rank = 0;

  if (self->profile == NULL)
    return 0;
  if (!candidate_can_take (self, session))
    rank += 2;
  if (city == NULL || g_strcmp0 (city, json_object_get_string_member (session, "region")) != 0)
    rank += 1;
  return rank;
}

static int
compare_sessions (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  CpCalendarPage *self = user_data;
  int by_rank = rank (self, (CpSessionItem *) a) - rank (self, (CpSessionItem *) b);
  CpDay day_a = cp_session_item_get_exam_day ((CpSessionItem *) a);
  CpDay day_b = cp_session_item_get_exam_day ((CpSessionItem *) b);

  if (by_rank != 0)
    return by_rank < 0 ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  return day_a < day_b ? GTK_ORDERING_SMALLER : day_a > day_b ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void mark_month (CpCalendarPage *self);
static void update_empty_state (CpCalendarPage *self);
static void find_picked (CpCalendarPage *self);

static void
filters_changed_cb (CpCalendarPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  mark_month (self);
  /* The list may stay empty for another reason. */
  update_empty_state (self);
}

/* ---------- The clicked day ---------- */

static void
show_picked (CpCalendarPage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->day_bar), self->picked != 0);
  if (self->picked != 0)
    {
      g_autofree char *date = cp_date_format (self->picked);
      /* Translators: a date */
      g_autofree char *text = g_strdup_printf (_("Only what falls on %s"), date);

      gtk_label_set_label (self->day_label, text);
    }
  filters_changed_cb (self);
}

static void
day_selected_cb (CpCalendarPage *self)
{
  g_autoptr(GDateTime) date = NULL;

  if (self->selecting_day)
    return;
  date = gtk_calendar_get_date (self->month_view);
  self->picked = cp_date_from_ymd (g_date_time_get_year (date), g_date_time_get_month (date),
                                   g_date_time_get_day_of_month (date));
  find_picked (self);
  show_picked (self);
}

static void
on_all_days_clicked_cb (CpCalendarPage *self)
{
  self->picked = 0;
  show_picked (self);
}

static void
on_past_clicked_cb (CpCalendarPage *self)
{
  self->show_past = TRUE;
  filters_changed_cb (self);
}

static void
on_clear_filters_clicked_cb (CpCalendarPage *self)
{
  gtk_drop_down_set_selected (self->city_filter, 0);
  gtk_drop_down_set_selected (self->level_filter, 0);
  gtk_check_button_set_active (self->eligible_check, FALSE);
  gtk_check_button_set_active (self->open_check, FALSE);
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

/* The session's centre: the pack's, or one of the person's own. */
static JsonObject *
find_centre (CpCalendarPage *self,
             JsonObject     *session)
{
  const char *id = json_object_get_string_member_with_default (session, "centre", NULL);
  JsonObject *centre = cp_policy_find (self->pack, "exams.json", "centres", "id", id);
  CpUserRecord *own = centre == NULL && self->own != NULL && id != NULL
                      ? cp_user_sessions_lookup (self->own, CP_USER_CENTRE, id) : NULL;

  return own != NULL ? own->record : centre;
}

static const char *
centre_name (CpCalendarPage *self,
             JsonObject     *session)
{
  JsonObject *centre = find_centre (self, session);
  const char *id = json_object_get_string_member_with_default (session, "centre", "");

  return centre != NULL ? cp_text_get_member (centre, "name", NULL) : id;
}

static const char *
own_text (const char *how)
{
  return g_str_equal (how, "hand") ? _("entered by hand") : _("from a notice");
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
  g_autofree char *levels = levels_text (session);
  /* Translators: exam date, city, levels */
  g_autofree char *heading = g_strdup_printf (_("%s · %s · level %s"), json_object_get_string_member (session, "exam_date"),
                                              region_name (self, json_object_get_string_member (session, "region")), levels);
  const char *how = cp_session_item_get_own_how (item);
  /* The origin first, where a narrow list cannot cut it off. */
  g_autofree char *detail = g_strdup_printf ("%s%s%s · %s", how != NULL ? own_text (how) : "", how != NULL ? " · " : "",
                                             centre_name (self, session),
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
      gtk_widget_set_visible (self->own_box, FALSE);
      cp_row_list_truncate (self->timeline_list, 0);
      cp_registered_check_set (self->registered_check, NULL, NULL);
      gtk_label_set_label (self->title_label, _("No session selected"));
      gtk_label_set_label (self->facts_label, "");
      gtk_label_set_label (self->rules_label, "");
      return;
    }

  session = cp_session_item_get_session (item);
  cp_registered_check_set (self->registered_check, self->profile, json_object_get_string_member (session, "id"));
  centre = find_centre (self, session);
  levels = levels_text (session);
  /* Translators: centre, exam date, levels */
  title = g_strdup_printf (_("%s, %s, level %s"), centre_name (self, session),
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
  gtk_widget_set_visible (self->own_box, cp_session_item_get_own_how (item) != NULL);
  if (cp_session_item_get_own_how (item) != NULL)
    {
      g_autofree char *saved = time_text (cp_session_item_get_saved_at (item));

      if (g_str_equal (cp_session_item_get_own_how (item), "hand"))
        /* Translators: when it was saved */
        g_string_append_printf (facts, _("Entered by hand, saved %s"), saved);
      else
        /* Translators: when it was saved */
        g_string_append_printf (facts, _("From a notice, saved %s"), saved);
    }
  else if (cp_session_item_get_origin (item) != NULL)
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

/* GTK 4.8 draws changed marks only once the selected date moves: move it
 * to a day beside and back. */
static void
redraw_marks (CpCalendarPage *self,
              GDateTime      *shown)
{
  g_autoptr(GDateTime) beside = g_date_time_add_days (shown, g_date_time_get_day_of_month (shown) > 1 ? -1 : 1);

  self->selecting_day = TRUE;
  gtk_calendar_select_day (self->month_view, beside);
  gtk_calendar_select_day (self->month_view, shown);
  self->selecting_day = FALSE;
}

/* The milestones are worked out once per change of the sessions. */
static CpMilestoneIndex *
ensure_marks (CpCalendarPage *self)
{
  GListModel *store = G_LIST_MODEL (self->store);

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
  return self->marks;
}

/* The sessions with an exam or a deadline on the clicked day. */
static void
find_picked (CpCalendarPage *self)
{
  const CpMilestoneMark *marks;
  guint n_marks;
  int year, month;

  g_hash_table_remove_all (self->picked_sessions);
  if (self->picked == 0 || self->pack == NULL)
    return;
  cp_date_to_ymd (self->picked, &year, &month, NULL);
  marks = cp_milestone_index_get_month (ensure_marks (self), year, month, &n_marks);
  for (guint i = 0; i < n_marks; i++)
    if (marks[i].date == self->picked)
      {
        g_autoptr(CpSessionItem) item = g_list_model_get_item (G_LIST_MODEL (self->store), marks[i].session);

        if (item != NULL)
          g_hash_table_add (self->picked_sessions, cp_session_item_get_session (item));
      }
}

/* Exam days and deadlines of the shown month, marked: a month costs only
 * its own marks, each session asked once whether the tool bar's filters
 * show it, past or not, so that a marked day can be clicked whatever the
 * list shows. */
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
  marks = cp_milestone_index_get_month (ensure_marks (self), g_date_time_get_year (shown), g_date_time_get_month (shown),
                                        &n_marks);
  for (guint i = 0; i < n_marks; i++)
    {
      int mday;
      g_autoptr(CpSessionItem) item = NULL;

      cp_date_to_ymd (marks[i].date, NULL, NULL, &mday);
      if (marked & (1u << mday))
        continue;
      item = g_list_model_get_item (store, marks[i].session);
      if (item != NULL && matches_filters (self, item))
        {
          gtk_calendar_mark_day (self->month_view, mday);
          marked |= 1u << mday;
        }
    }
  redraw_marks (self, shown);
}

/* ---------- Empty states ---------- */

typedef struct
{
  guint upcoming;   /* sessions whose exam is still to come */
  guint open;       /* sessions taking registrations */
  CpDay last_held;
} SessionCounts;

static SessionCounts
count_sessions (CpCalendarPage *self)
{
  GListModel *sessions = G_LIST_MODEL (self->store);
  SessionCounts counts = { 0, 0, 0 };

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(CpSessionItem) item = g_list_model_get_item (sessions, i);
      CpDay exam = cp_session_item_get_exam_day (item);
      const char *status = cp_session_status (cp_session_item_get_session (item), today (self));

      if (exam >= today (self))
        counts.upcoming++;
      else if (exam > counts.last_held)
        counts.last_held = exam;
      if (g_str_equal (status, "open") || g_str_equal (status, "closing_soon"))
        counts.open++;
    }
  return counts;
}

static void
show_empty (CpCalendarPage *self,
            const char     *title,
            const char     *description,
            gboolean        offer_sources,
            gboolean        offer_past,
            gboolean        offer_clear)
{
  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, description);
  gtk_widget_set_visible (GTK_WIDGET (self->paste_button), offer_sources);
  gtk_widget_set_visible (GTK_WIDGET (self->feed_button), offer_sources);
  gtk_widget_set_visible (GTK_WIDGET (self->past_button), offer_past);
  gtk_widget_set_visible (GTK_WIDGET (self->clear_filters_button), offer_clear);
}

/* An empty list says why, and what to do about it. */
static void
update_empty_state (CpCalendarPage *self)
{
  SessionCounts counts;
  g_autofree char *now = NULL;
  g_autofree char *held = NULL;
  g_autofree char *description = NULL;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
      return;
    }
  gtk_stack_set_visible_child_name (self->list_stack, "empty");
  counts = count_sessions (self);
  now = cp_date_format (today (self));
  held = counts.last_held != 0 ? cp_date_format (counts.last_held) : NULL;

  if (self->picked != 0)
    {
      g_autofree char *day = cp_date_format (self->picked);
      /* Translators: a date */
      g_autofree char *title = g_strdup_printf (_("Nothing on %s"), day);

      show_empty (self, title, _("No exam or deadline of the sessions shown falls on this day. The marked days have one."),
                  FALSE, FALSE, FALSE);
    }
  else if (gtk_check_button_get_active (self->open_check) && counts.open == 0)
    {
      /* Translators: today's date */
      description = g_strdup_printf (_("On %s no session Certpath knows of takes registrations. Registration opens "
                                       "with the evaluation organisation’s notice: paste it when it comes out, or add "
                                       "a school’s schedule feed."), now);
      show_empty (self, _("Nothing Open for Registration"), description, TRUE, FALSE, TRUE);
    }
  else if (counts.upcoming == 0 && !self->show_past)
    {
      if (held != NULL)
        /* Translators: the date of the last session known */
        description = g_strdup_printf (_("The last session Certpath knows of was held on %s. New sessions come in the "
                                         "evaluation organisations’ notices: paste one, or add a school’s schedule "
                                         "feed."), held);
      else
        description = g_strdup (_("Certpath knows of no exam session. Sessions come in the evaluation organisations’ "
                                  "notices: paste one, or add a school’s schedule feed."));
      show_empty (self, _("No Upcoming Exam Session"), description, TRUE, held != NULL, FALSE);
    }
  else
    show_empty (self, _("No Session Matches"), _("There are sessions, but not of this city or level, or not for this "
                                                 "candidate."), FALSE, FALSE, TRUE);
}

/* ---------- Sessions and feeds ---------- */

/* Shown as the publisher of one's own sessions; each says how it came. */
#define OWN_PUBLISHER "certpath-own-sessions"

static void
rebuild (CpCalendarPage *self)
{
  g_autoptr(GPtrArray) merged = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) feeds = g_ptr_array_new ();
  g_autoptr(GPtrArray) fetched_at = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  CpFeed *own = NULL;

  g_hash_table_remove_all (self->eligible_cache);
  g_hash_table_remove_all (self->picked_sessions);
  g_clear_pointer (&self->marks, cp_milestone_index_free);
  for (guint i = 0; i < self->feeds->len; i++)
    {
      g_ptr_array_add (feeds, g_ptr_array_index (self->feeds, i));
      g_ptr_array_add (fetched_at, g_ptr_array_index (self->fetched_at, i));
    }
  /* One's own come last, so they win over a feed's copy. */
  if (self->pack != NULL && self->own != NULL
      && (own = cp_feed_export_as_feed (self->own, self->pack, OWN_PUBLISHER, &error)) == NULL)
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
  if (own != NULL)
    {
      g_ptr_array_add (feeds, own);
      g_ptr_array_add (fetched_at, NULL);
    }
  if (self->pack != NULL)
    merged = cp_schedule_merge (self->pack, feeds, fetched_at);
  for (guint i = 0; merged != NULL && i < merged->len; i++)
    {
      const CpScheduledSession *scheduled = g_ptr_array_index (merged, i);
      CpSessionItem *item = cp_session_item_new (scheduled);

      if (own != NULL && g_strcmp0 (scheduled->origin, OWN_PUBLISHER) == 0)
        {
          CpUserRecord *record = cp_user_sessions_lookup (self->own, CP_USER_SESSION,
                                                          json_object_get_string_member (scheduled->session, "id"));

          if (record != NULL)
            cp_session_item_set_own (item, cp_user_origin_to_string (record->origin), record->saved_at);
        }
      g_ptr_array_add (items, item);
    }
  /* The items hold their sessions: the own feed can go. */
  g_clear_pointer (&merged, g_ptr_array_unref);
  g_clear_pointer (&own, cp_feed_free);
  /* In one change: the filter and the sort see the sessions once, not
   * once for each of thousands. */
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)), items->pdata, items->len);
  if (self->pack == NULL)
    return;
  /* A clicked day shows the new sessions that fall on it. */
  if (self->picked != 0)
    {
      find_picked (self);
      gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
    }
  update_empty_state (self);
  mark_month (self);
  selected_cb (self);
  g_signal_emit (self, sessions_changed_signal, 0);
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
  g_clear_handle_id (&self->frame_late_source, g_source_remove);
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

static gboolean
frame_late_cb (gpointer user_data)
{
  CpCalendarPage *self = user_data;

  self->frame_late_source = 0;
  first_frame_cb (self, NULL);
  return G_SOURCE_REMOVE;
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
      /* A window kept off screen must still get its sessions. */
      self->frame_late_source = g_timeout_add_seconds (2, frame_late_cb, self);
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
    {
      g_autoptr(GPtrArray) own = self->own != NULL ? cp_user_sessions_list (self->own, CP_USER_SESSION) : NULL;

      text = g_strdup (own != NULL && own->len > 0 ? _("Bundled sessions and your own") : _("Bundled sessions only"));
    }
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

/* ---------- One's own sessions ---------- */

static void
present_dialog (CpCalendarPage *self,
                CpNoticeDialog *dialog)
{
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
paste_notice_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CpCalendarPage *self = CP_CALENDAR_PAGE (widget);

  present_dialog (self, cp_notice_dialog_new (self->pack, self->own));
}

static void
add_by_hand_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CpCalendarPage *self = CP_CALENDAR_PAGE (widget);

  present_dialog (self, cp_notice_dialog_new_by_hand (self->pack, self->own));
}

static CpSessionItem *
selected_own (CpCalendarPage *self)
{
  CpSessionItem *item = gtk_single_selection_get_selected_item (self->selection);

  return item != NULL && cp_session_item_get_own_how (item) != NULL ? item : NULL;
}

static void
edit_own_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CpCalendarPage *self = CP_CALENDAR_PAGE (widget);
  CpSessionItem *item = selected_own (self);

  if (item == NULL)
    return;
  present_dialog (self, cp_notice_dialog_new_to_edit (self->pack, self->own, CP_USER_SESSION,
                                                      json_object_get_string_member (cp_session_item_get_session (item), "id")));
}

static void
delete_own_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CpCalendarPage *self = CP_CALENDAR_PAGE (widget);
  CpSessionItem *item = selected_own (self);
  g_autoptr(GError) error = NULL;
  CpUserRecord *record;
  AdwToast *toast;
  JsonObject *kept;

  if (item == NULL)
    return;
  record = cp_user_sessions_lookup (self->own, CP_USER_SESSION,
                                    json_object_get_string_member (cp_session_item_get_session (item), "id"));
  if (record == NULL)
    return;
  /* Kept for the toast's Undo: the store frees its own copy. */
  kept = cp_notice_copy_object (record->record);
  g_object_set_data_full (G_OBJECT (self), "cp-deleted-origin", g_strdup (cp_user_origin_to_string (record->origin)), g_free);
  g_object_set_data_full (G_OBJECT (self), "cp-deleted", kept, (GDestroyNotify) json_object_unref);
  if (!cp_user_sessions_remove (self->own, CP_USER_SESSION, record->id, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  toast = adw_toast_new (_("Session deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "calendar.undo-delete");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CpCalendarPage *self = CP_CALENDAR_PAGE (widget);
  JsonObject *kept = g_object_get_data (G_OBJECT (self), "cp-deleted");
  CpUserOrigin origin = CP_USER_ORIGIN_NOTICE;
  g_autoptr(GError) error = NULL;

  if (kept == NULL || self->own == NULL)
    return;
  cp_user_origin_from_string (g_object_get_data (G_OBJECT (self), "cp-deleted-origin"), &origin);
  if (!cp_user_sessions_add (self->own, CP_USER_SESSION, kept, origin, &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
  g_object_set_data (G_OBJECT (self), "cp-deleted", NULL);
}

gboolean
cp_calendar_page_export_feed (CpCalendarPage *self,
                              GFile          *file,
                              GError        **error)
{
  g_autoptr(GBytes) feed = NULL;

  g_return_val_if_fail (CP_IS_CALENDAR_PAGE (self), FALSE);
  g_return_val_if_fail (self->own != NULL, FALSE);

  feed = cp_feed_export (self->own, NULL, NULL);
  return g_file_replace_contents (file, g_bytes_get_data (feed, NULL), g_bytes_get_size (feed), NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

static void
export_feed_response_cb (GtkNativeDialog *dialog,
                         int              response,
                         CpCalendarPage  *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      if (!cp_calendar_page_export_feed (self, file, &error))
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      else
        adw_toast_overlay_add_toast (self->toast_overlay,
                                     adw_toast_new (_("Your sessions were exported as a feed a school can publish")));
    }
  g_clear_object (&self->chooser);
}

static void
export_feed_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CpCalendarPage *self = CP_CALENDAR_PAGE (widget);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  self->chooser = gtk_file_chooser_native_new (_("Export My Sessions as a Feed"),
                                               GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, NULL, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("my-sessions-feed.json"));
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_signal_connect (self->chooser, "response", G_CALLBACK (export_feed_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
own_changed_cb (CpCalendarPage *self)
{
  self->sessions_stale = TRUE;
  cp_refresh_queue (self->refresh);
}

static void
enable_own_actions (CpCalendarPage *self)
{
  gboolean can = self->own != NULL && self->pack != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.paste-notice", can);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.add-by-hand", can);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.export-feed", can);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.edit-own", can);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.delete-own", can);
}

void
cp_calendar_page_set_own (CpCalendarPage *self,
                          CpUserSessions *own)
{
  g_return_if_fail (CP_IS_CALENDAR_PAGE (self));

  if (self->own != NULL)
    g_clear_signal_handler (&self->own_handler, self->own);
  g_set_object (&self->own, own);
  if (own != NULL)
    self->own_handler = g_signal_connect_object (own, "changed", G_CALLBACK (own_changed_cb), self, G_CONNECT_SWAPPED);
  enable_own_actions (self);
  own_changed_cb (self);
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
  self->selecting_day = TRUE;
  gtk_calendar_select_day (self->month_view, date);
  self->selecting_day = FALSE;
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
      gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
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
  if (self->registered_check != NULL)
    cp_registered_check_set_profile (self->registered_check, profile);
  if (profile != NULL)
    self->changed_handler = g_signal_connect_object (profile, "changed", G_CALLBACK (profile_changed_cb),
                                                     self, G_CONNECT_SWAPPED);
  enable_own_actions (self);
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

GPtrArray *
cp_calendar_page_dup_sessions (CpCalendarPage *self)
{
  GPtrArray *sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);

  g_return_val_if_fail (CP_IS_CALENDAR_PAGE (self), sessions);
  cp_refresh_flush (self->refresh);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->store)); i++)
    {
      g_autoptr(CpSessionItem) item = g_list_model_get_item (G_LIST_MODEL (self->store), i);
      g_ptr_array_add (sessions, json_object_ref (cp_session_item_get_session (item)));
    }
  return sessions;
}

static void
scheduled_session_free (CpScheduledSession *scheduled)
{
  json_object_unref (scheduled->session);
  g_free (scheduled->origin);
  g_free (scheduled->fetched_at);
  g_free (scheduled);
}

GPtrArray *
cp_calendar_page_dup_scheduled (CpCalendarPage *self)
{
  GPtrArray *sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) scheduled_session_free);

  g_return_val_if_fail (CP_IS_CALENDAR_PAGE (self), sessions);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->store)); i++)
    {
      g_autoptr(CpSessionItem) item = g_list_model_get_item (G_LIST_MODEL (self->store), i);
      CpScheduledSession *scheduled = g_new0 (CpScheduledSession, 1);

      scheduled->session = json_object_ref (cp_session_item_get_session (item));
      scheduled->origin = g_strdup (cp_session_item_get_origin (item));
      scheduled->fetched_at = g_strdup (cp_session_item_get_fetched_at (item));
      scheduled->exam_day = cp_session_item_get_exam_day (item);
      g_ptr_array_add (sessions, scheduled);
    }
  return sessions;
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
  g_clear_handle_id (&self->frame_late_source, g_source_remove);
  if (self->profile != NULL)
    g_clear_signal_handler (&self->changed_handler, self->profile);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->own != NULL)
    g_clear_signal_handler (&self->own_handler, self->own);
  g_clear_object (&self->own);
  g_clear_object (&self->pack);
  g_clear_object (&self->profile);
  g_clear_pointer (&self->calendar, cp_work_calendar_free);
  g_clear_pointer (&self->marks, cp_milestone_index_free);
  g_clear_object (&self->cities);
  g_clear_object (&self->selection);
  g_clear_object (&self->session);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->eligible_cache, g_hash_table_unref);
  g_clear_pointer (&self->picked_sessions, g_hash_table_unref);
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

  /* The sessions the tab knows changed (feeds, one's own): the agenda
   * counts on the same ones. */
  sessions_changed_signal = g_signal_new ("sessions-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                          NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/certpath/Certpath/ui/pages/cp-calendar-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, all_days_button);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, city_filter);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, clear_filters_button);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, day_bar);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, day_label);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, feed_button);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, past_button);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, paste_button);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, eligible_check);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, facts_label);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, rules_label);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, level_filter);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, month_view);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, open_check);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, own_box);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, refresh_button);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, timeline_list);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CpCalendarPage, updated_label);
  gtk_widget_class_bind_template_callback (widget_class, on_all_days_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_filters_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_export_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_past_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_refresh_button_clicked_cb);
  cp_filter_fold_bind_template (widget_class);
  gtk_widget_class_bind_template_child_full (widget_class, "split_view", FALSE, 0);
  gtk_widget_class_install_action (widget_class, "calendar.paste-notice", NULL, paste_notice_action);
  gtk_widget_class_install_action (widget_class, "calendar.add-by-hand", NULL, add_by_hand_action);
  gtk_widget_class_install_action (widget_class, "calendar.export-feed", NULL, export_feed_action);
  gtk_widget_class_install_action (widget_class, "calendar.edit-own", NULL, edit_own_action);
  gtk_widget_class_install_action (widget_class, "calendar.delete-own", NULL, delete_own_action);
  gtk_widget_class_install_action (widget_class, "calendar.undo-delete", NULL, undo_delete_action);
}

/* The theme draws a marked day (GTK's :checked) hardly differently from
 * another: the accent colour and a bar under the number show it. GTK
 * marks the same number in the neighbouring months too: not those. */
static void
style_marks (GtkWidget *widget)
{
  static GdkDisplay *styled = NULL;
  g_autoptr(GtkCssProvider) provider = NULL;

  if (styled == gtk_widget_get_display (widget))
    return;
  styled = gtk_widget_get_display (widget);
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider,
                                   "calendar.cp-marks > grid > label.day-number:checked:not(.other-month):not(:selected) {"
                                   " font-weight: bold; color: @accent_color;"
                                   " box-shadow: inset 0 -3px @accent_bg_color; }",
                                   -1);
  gtk_style_context_add_provider_for_display (styled, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
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
  style_marks (widget);
  gtk_widget_add_css_class (GTK_WIDGET (self->month_view), "cp-marks");
  self->registered_check = CP_REGISTERED_CHECK (cp_registered_check_new ());
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->title_label))),
                              GTK_WIDGET (self->registered_check), GTK_WIDGET (self->title_label));

  /* store → filter → sort (the candidate's first, then by exam day) →
   * selection: fast with thousands, since a filter change only re-checks
   * the sessions. */
  self->store = g_list_store_new (CP_TYPE_SESSION_ITEM);
  self->filter = gtk_custom_filter_new (matches, self, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (self->store), GTK_FILTER (self->filter));
  self->sorter = gtk_custom_sorter_new (compare_sessions, self, NULL);
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered), GTK_SORTER (self->sorter));
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
  g_signal_connect_swapped (self->selection, "items-changed", G_CALLBACK (update_empty_state), self);
  g_signal_connect_swapped (self->month_view, "day-selected", G_CALLBACK (day_selected_cb), self);
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
  self->picked_sessions = g_hash_table_new (NULL, NULL);
  self->feeds = g_ptr_array_new_with_free_func ((GDestroyNotify) cp_feed_free);
  self->fetched_at = g_ptr_array_new_with_free_func (g_free);
  self->cancellable = g_cancellable_new ();
  self->cache_directory = cp_feed_cache_directory (NULL);
  self->refresh = cp_refresh_new (GTK_WIDGET (self), build, update);
  enable_own_actions (self);
}
