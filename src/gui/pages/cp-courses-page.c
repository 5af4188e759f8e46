/* cp-courses-page.c: the Courses tab
 *
 * A sortable, filterable table of courses by what they cost this
 * candidate, with two to four side by side and the table as CSV.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cp-courses-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cp-course-item.h"
#include "cp-courses-page.h"
#include "cp-filter-fold.h"
#include "cp-eligibility.h"
#include "cp-notice-dialog.h"
#include "cp-refresh.h"
#include "cp-text-column.h"
#include "cp-region-model.h"
#include "cp-text.h"

#include <string.h>

struct _CpCoursesPage
{
  AdwBin              parent_instance;

  /* Template widgets */
  GtkDropDown        *city_filter;
  GtkDropDown        *level_filter;
  GtkDropDown        *format_filter;
  GtkDropDown        *kind_filter;
  GtkSpinButton      *group_spin;
  GtkCheckButton     *member_check;
  GtkButton          *compare_button;
  GtkLabel           *note_label;
  GtkColumnView      *column_view;

  /* Owned */
  CpPolicyPack       *pack;
  CpProfile          *profile;
  CpUserSessions     *own;
  gulong              own_handler;
  CpRegionModel      *cities;
  GListStore         *store;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkMultiSelection  *selection;
  GtkCustomFilter    *filter;
  GtkCustomSorter    *rank_sorter;
  CpEligibility      *eligibility;   /* the candidate's, on the day shown; NULL without one */
  GtkFileChooserNative *chooser;
  gulong              changed_handler;
  CpDay               day;
  CpRefresh          *refresh;
  gboolean            cities_stale;
};

G_DEFINE_FINAL_TYPE (CpCoursesPage, cp_courses_page, ADW_TYPE_BIN)

static const char * const provider_kinds[] = {
  NULL, "public_training_centre", "technician_college", "industry_association", "public_welfare", "private_school"
};
static const char * const format_modes[] = { NULL, "online_recorded", "online_live", "on_site" };

/* ---------- Filtering ---------- */

static gboolean
matches (gpointer item,
         gpointer user_data)
{
  CpCoursesPage *self = user_data;
  CpCourseCost *cost = cp_course_item_get_cost (item);
  guint city = gtk_drop_down_get_selected (self->city_filter);
  guint level = gtk_drop_down_get_selected (self->level_filter);
  guint mode = gtk_drop_down_get_selected (self->format_filter);
  guint kind = gtk_drop_down_get_selected (self->kind_filter);
  JsonNode *modes = json_object_get_member (json_object_get_object_member (cost->course, "format"), "modes");

  if (city > 0 && g_strcmp0 (cp_region_model_get_id (self->cities, city - 1),
                             json_object_get_string_member (cost->course, "region")) != 0)
    return FALSE;
  /* A course whose level is not known may be the one wanted: keep it. */
  if (level > 0 && cost->level != 0 && cost->level != 6 - (int) level)
    return FALSE;
  if (mode > 0 && mode < G_N_ELEMENTS (format_modes))
    {
      gboolean found = FALSE;

      if (!JSON_NODE_HOLDS_NULL (modes))
        for (guint i = 0; i < json_array_get_length (json_node_get_array (modes)); i++)
          found |= g_str_equal (json_array_get_string_element (json_node_get_array (modes), i), format_modes[mode]);
      if (!found)
        return FALSE;
    }
  if (kind > 0 && kind < G_N_ELEMENTS (provider_kinds) &&
      g_strcmp0 (cp_course_item_get_text (item, "kind"), provider_kinds[kind]) != 0)
    return FALSE;
  return TRUE;
}

static void
filters_changed_cb (CpCoursesPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* ---------- Rows ---------- */

/* Everything the table and its export show of a row. */
static char *
cost_digest (CpCourseCost *cost)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new ();

  g_ptr_array_add (one, cost);
  return cp_course_costs_to_csv (one);
}

/* Row @i becomes @item unless it already shows the same: the view then
 * rebinds only the rows whose figures changed. */
static void
put_item (CpCoursesPage *self,
          guint          i,
          CpCourseItem  *item,
          gboolean       replace)
{
  g_autoptr(CpCourseItem) old = replace ? g_list_model_get_item (G_LIST_MODEL (self->store), i) : NULL;
  char *digest = cost_digest (cp_course_item_get_cost (item));

  if (old != NULL && g_strcmp0 (g_object_get_data (G_OBJECT (old), "cp-digest"), digest) == 0)
    {
      g_free (digest);
      return;
    }
  g_object_set_data_full (G_OBJECT (item), "cp-digest", digest, g_free);
  g_list_store_splice (self->store, i, old != NULL ? 1 : 0, (gpointer *) &item, 1);
}

/* One's own courses, each level priced, after the bundled ones. */
static void
add_own_costs (CpCoursesPage       *self,
               GPtrArray           *costs,
               const CpCourseTerms *terms)
{
  g_autoptr(GPtrArray) own = self->own != NULL ? cp_user_sessions_list (self->own, CP_USER_COURSE) : NULL;

  for (guint i = 0; own != NULL && i < own->len; i++)
    {
      JsonObject *course = ((CpUserRecord *) g_ptr_array_index (own, i))->record;
      JsonArray *prices = json_object_get_array_member (course, "prices");
      guint n = prices != NULL ? json_array_get_length (prices) : 0;

      for (guint k = 0; k < MAX (n, 1); k++)
        {
          JsonObject *price = k < n ? json_array_get_object_element (prices, k) : NULL;
          JsonNode *level = price != NULL ? json_object_get_member (price, "level") : NULL;

          g_ptr_array_add (costs, cp_course_cost_new (self->pack, course,
                                                      level != NULL && JSON_NODE_HOLDS_VALUE (level)
                                                      ? (int) json_node_get_int (level) : 0,
                                                      self->profile, terms));
        }
    }
}

static void
refill (CpCoursesPage *self)
{
  CpCourseTerms terms = {
    gtk_spin_button_get_value_as_int (self->group_spin),
    gtk_check_button_get_active (self->member_check),
    NULL,
    self->day != 0 ? self->day : cp_date_today (),
  };
  g_autoptr(GPtrArray) costs = NULL;
  guint n_bundled;
  g_autofree char *date = cp_date_format (terms.on);
  g_autofree char *note = NULL;
  const char *city_id = self->profile != NULL ? cp_profile_get_city (self->profile) : NULL;
  const char *city = city_id != NULL ? gtk_string_list_get_string (cp_region_model_get_names (self->cities),
                                                                   cp_region_model_find (self->cities, city_id))
                                     : NULL;

  if (self->pack == NULL)
    {
      g_list_store_remove_all (self->store);
      return;
    }

  g_clear_pointer (&self->eligibility, cp_eligibility_free);
  if (self->profile != NULL)
    self->eligibility = cp_eligibility_evaluate (self->pack, self->profile, terms.on);
  costs = cp_course_costs_list (self->pack, self->profile, 0, NULL, &terms);
  n_bundled = costs->len;
  add_own_costs (self, costs, &terms);
  /* The same courses in the same order: each row is kept or replaced. */
  if (costs->len != g_list_model_get_n_items (G_LIST_MODEL (self->store)))
    g_list_store_remove_all (self->store);
  /* The costs move into the items. */
  g_ptr_array_set_free_func (costs, NULL);
  for (guint i = 0; i < costs->len; i++)
    {
      CpCourseCost *cost = g_ptr_array_index (costs, i);
      CpUserRecord *own = i >= n_bundled ? cp_user_sessions_lookup (self->own, CP_USER_COURSE,
                                                                    json_object_get_string_member (cost->course, "id"))
                                         : NULL;
      g_autoptr(CpCourseItem) item = cp_course_item_new (self->pack, cost, terms.on,
                                                         own != NULL ? cp_user_origin_to_string (own->origin) : NULL);

      put_item (self, i, item, i < g_list_model_get_n_items (G_LIST_MODEL (self->store)));
    }

  /* Translators: the claim city and a date */
  note = g_strdup_printf (_("After subsidy: this candidate’s skill upgrade subsidy, claimed in %s, for a certificate "
                            "issued on %s. Enrol only through official channels, and check who runs each course."),
                          city != NULL ? city : _("no city"), date);
  gtk_label_set_label (self->note_label, note);
  gtk_sorter_changed (GTK_SORTER (self->rank_sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

static void
show_cities (CpCoursesPage *self)
{
  g_autoptr(GtkStringList) names = cp_region_model_new_filter_names (self->cities);

  gtk_drop_down_set_model (self->city_filter, G_LIST_MODEL (names));
}

static void
update (GtkWidget *widget)
{
  CpCoursesPage *self = CP_COURSES_PAGE (widget);

  if (self->cities_stale)
    show_cities (self);
  self->cities_stale = FALSE;
  refill (self);
}

static void
terms_changed_cb (CpCoursesPage *self)
{
  cp_refresh_queue (self->refresh);
}

static void
selection_changed_cb (CpCoursesPage *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  guint64 count = gtk_bitset_get_size (selected);

  gtk_widget_set_sensitive (GTK_WIDGET (self->compare_button), count >= 2 && count <= 4);
}

/* ---------- Columns ---------- */

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              const char               *column)
{
  CpCourseItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  const char *ended = cp_course_item_get_text (item, "ended");
  const char *text = cp_course_item_get_text (item, column);

  const char *own = cp_course_item_get_text (item, "own");

  /* The marks go first, where a narrow column cannot cut them off. */
  if (g_str_equal (column, "provider") && (ended[0] != '\0' || own[0] != '\0'))
    {
      /* Translators: how one's own course came, "from a notice", then its provider */
      g_autofree char *owned = own[0] != '\0' ? g_strdup_printf (_("(%s) %s"), own, text) : g_strdup (text);
      /* Translators: a course that has ended stays listed, marked */
      g_autofree char *marked = ended[0] != '\0' ? g_strdup_printf (_("(ended) %s"), owned) : g_strdup (owned);

      gtk_label_set_label (GTK_LABEL (label), marked);
    }
  else
    gtk_label_set_label (GTK_LABEL (label), text);
  if (ended[0] != '\0')
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
  gtk_widget_set_tooltip_text (label, cp_course_item_get_text (item, "course"));
}

static void
add_column (CpCoursesPage *self,
            const char    *title,
            const char    *column,
            const char    *sort_property,
            gboolean       expand)
{
  GtkColumnViewColumn *view_column = cp_text_column_new (title, G_CALLBACK (cell_bind_cb), g_strdup (column),
                                                         (GClosureNotify) (void (*) (void)) g_free, expand);

  if (sort_property != NULL)
    {
      GtkExpression *expression = gtk_property_expression_new (CP_TYPE_COURSE_ITEM, NULL, sort_property);
      GtkSorter *sorter = g_str_equal (sort_property, "provider")
                          ? GTK_SORTER (gtk_string_sorter_new (expression))
                          : GTK_SORTER (gtk_numeric_sorter_new (expression));
      gtk_column_view_column_set_sorter (view_column, sorter);
      g_object_unref (sorter);
    }
  gtk_column_view_append_column (self->column_view, view_column);
  g_object_unref (view_column);
}

static void
add_columns (CpCoursesPage *self)
{
  add_column (self, _("Provider"), "provider", "provider", TRUE);
  add_column (self, _("City"), "city", NULL, FALSE);
  add_column (self, _("Level"), "level", "level-key", FALSE);
  add_column (self, _("Price"), "price-dated", "price-key", FALSE);
  add_column (self, _("Upfront"), "upfront", "upfront-key", FALSE);
  add_column (self, _("After subsidy"), "after", "after-key", FALSE);
  add_column (self, _("Format"), "format", NULL, FALSE);
  add_column (self, _("Hours"), "hours", "hours-key", FALSE);
}

/* ---------- Order ---------- */

/* Ended courses last, whatever column sorts: they cannot be booked. */
static int
compare_ended (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  gboolean ended_a = cp_course_item_get_text ((CpCourseItem *) a, "ended")[0] != '\0';
  gboolean ended_b = cp_course_item_get_text ((CpCourseItem *) b, "ended")[0] != '\0';

  return ended_a == ended_b ? GTK_ORDERING_EQUAL : ended_a ? GTK_ORDERING_LARGER : GTK_ORDERING_SMALLER;
}

/* Unsorted, or tied, the candidate's city and the levels they can take
 * come first (a course of unknown level may be one of them). */
static int
rank (CpCoursesPage *self,
      CpCourseItem  *item)
{
  CpCourseCost *cost = cp_course_item_get_cost (item);
  const char *city = self->profile != NULL ? cp_profile_get_city (self->profile) : NULL;
  int rank = 0;

  if (self->eligibility == NULL)
    return 0;
  if (cost->level != 0 && !cp_eligibility_get_level (self->eligibility, cost->level)->eligible)
    rank += 2;
  if (city == NULL || g_strcmp0 (city, json_object_get_string_member (cost->course, "region")) != 0)
    rank += 1;
  return rank;
}

static int
compare_rank (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  int by_rank = rank (user_data, (CpCourseItem *) a) - rank (user_data, (CpCourseItem *) b);

  return by_rank < 0 ? GTK_ORDERING_SMALLER : by_rank > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

/* ---------- Side by side ---------- */

static const struct
{
  const char *key;
  const char *label;
} compared[] = {
  { "provider", N_("Provider") },
  { "course", N_("Course") },
  { "city", N_("City") },
  { "level", N_("Level") },
  { "price", N_("Price") },
  { "published", N_("Prices published") },
  { "discount", N_("Discount") },
  { "exam-fee", N_("Exam fee") },
  { "upfront", N_("Upfront") },
  { "subsidy", N_("Subsidy") },
  { "after", N_("After subsidy") },
  { "format", N_("Format") },
  { "hours", N_("Hours") },
  { "status", N_("Status") },
};

GtkWindow *
cp_courses_page_compare (CpCoursesPage *self)
{
  g_autoptr(GtkBitset) selected = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  GtkBitsetIter iter;
  guint position;
  GtkWidget *window, *box, *header, *grid, *scrolled;

  g_return_val_if_fail (CP_IS_COURSES_PAGE (self), NULL);

  cp_refresh_flush (self->refresh);
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position); more;
       more = gtk_bitset_iter_next (&iter, &position))
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (self->selection), position));
  if (items->len < 2 || items->len > 4)
    return NULL;

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("Compare Courses"));
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 560);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  gtk_box_append (GTK_BOX (box), header);
  grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_widget_set_margin_top (grid, 18);
  gtk_widget_set_margin_bottom (grid, 18);
  gtk_widget_set_margin_start (grid, 18);
  gtk_widget_set_margin_end (grid, 18);

  for (guint row = 0; row < G_N_ELEMENTS (compared); row++)
    {
      const char *first = cp_course_item_get_text (g_ptr_array_index (items, 0), compared[row].key);
      gboolean differs = FALSE;
      GtkWidget *name = gtk_label_new (_(compared[row].label));

      for (guint column = 1; column < items->len; column++)
        differs |= g_strcmp0 (first, cp_course_item_get_text (g_ptr_array_index (items, column), compared[row].key)) != 0;

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_widget_add_css_class (name, "dim-label");
      gtk_grid_attach (GTK_GRID (grid), name, 0, row, 1, 1);
      for (guint column = 0; column < items->len; column++)
        {
          GtkWidget *value = gtk_label_new (cp_course_item_get_text (g_ptr_array_index (items, column), compared[row].key));

          gtk_label_set_xalign (GTK_LABEL (value), 0);
          gtk_label_set_wrap (GTK_LABEL (value), TRUE);
          gtk_label_set_max_width_chars (GTK_LABEL (value), 28);
          gtk_widget_set_hexpand (value, TRUE);
          /* Where the courses differ, the eye should go. */
          if (differs)
            gtk_widget_add_css_class (value, "heading");
          if (differs)
            gtk_widget_add_css_class (value, "accent");
          gtk_grid_attach (GTK_GRID (grid), value, column + 1, row, 1, 1);
        }
    }

  scrolled = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), grid);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (window), box);
  return GTK_WINDOW (window);
}

static void
on_compare_button_clicked_cb (CpCoursesPage *self)
{
  GtkWindow *window = cp_courses_page_compare (self);

  if (window == NULL)
    return;
  gtk_window_set_transient_for (window, GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (window);
}

static void
present_notice_dialog (CpCoursesPage  *self,
                       CpNoticeDialog *dialog)
{
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
own_course_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        CpCoursesPage    *self)
{
  const char *id = g_object_get_data (G_OBJECT (dialog), "cp-id");
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "edit"))
    present_notice_dialog (self, cp_notice_dialog_new_to_edit (self->pack, self->own, CP_USER_COURSE, id));
  else if (g_str_equal (response, "delete") && !cp_user_sessions_remove (self->own, CP_USER_COURSE, id, &error))
    g_warning ("The course could not be deleted: %s", error->message);
}

static void
paste_notice_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CpCoursesPage *self = CP_COURSES_PAGE (widget);

  if (self->own != NULL && self->pack != NULL)
    present_notice_dialog (self, cp_notice_dialog_new (self->pack, self->own));
}

static void
on_column_view_activate_cb (CpCoursesPage *self,
                            guint          position)
{
  g_autoptr(CpCourseItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  CpCourseCost *cost = cp_course_item_get_cost (item);
  JsonArray *sources = json_object_get_array_member (cost->course, "sources");
  g_autoptr(GString) body = g_string_new (NULL);
  GtkWidget *dialog;

  /* Everything known about the course, and where it comes from. */
  for (guint i = 0; i < G_N_ELEMENTS (compared); i++)
    g_string_append_printf (body, "%s: %s\n", _(compared[i].label), cp_course_item_get_text (item, compared[i].key));
  if (json_object_has_member (cost->course, "note"))
    g_string_append_printf (body, "\n%s\n", cp_text_get_member (cost->course, "note", NULL));
  g_string_append_printf (body, "\n%s", _("Sources:"));
  for (guint i = 0; i < json_array_get_length (sources); i++)
    g_string_append_printf (body, " %s", json_array_get_string_element (sources, i));

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   cp_course_item_get_text (item, "course"), body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  /* One's own course can be corrected or taken away. */
  if (cp_course_item_get_text (item, "own")[0] != '\0')
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "delete", _("_Delete"));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "edit", _("_Edit…"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
      g_object_set_data_full (G_OBJECT (dialog), "cp-id", g_strdup (json_object_get_string_member (cost->course, "id")),
                              g_free);
      g_signal_connect_object (dialog, "response", G_CALLBACK (own_course_response_cb), self, 0);
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---------- Export ---------- */

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    CpCoursesPage   *self)
{
  g_autoptr(GPtrArray) costs = g_ptr_array_new ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  GListModel *rows = G_LIST_MODEL (self->sorted);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
        {
          g_autoptr(CpCourseItem) item = g_list_model_get_item (rows, i);
          g_ptr_array_add (costs, cp_course_item_get_cost (item));
        }
      csv = cp_course_costs_to_csv (costs);
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      if (!g_file_replace_contents (file, csv, strlen (csv), NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                    NULL, NULL, &error))
        g_warning ("The table could not be exported: %s", error->message);
    }
  g_clear_object (&self->chooser);
}

static void
on_export_button_clicked_cb (CpCoursesPage *self)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  self->chooser = gtk_file_chooser_native_new (_("Export Courses"), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, NULL, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("courses.csv"));
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_signal_connect (self->chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---------- Context ---------- */

void
cp_courses_page_set_context (CpCoursesPage *self,
                             CpPolicyPack  *pack,
                             CpProfile     *profile)
{
  g_return_if_fail (CP_IS_COURSES_PAGE (self));

  if (self->profile != NULL)
    g_clear_signal_handler (&self->changed_handler, self->profile);
  if (pack != self->pack)
    {
      g_set_object (&self->pack, pack);
      g_clear_object (&self->cities);
      if (pack != NULL)
        self->cities = cp_region_model_new (pack, FALSE);
      self->cities_stale = TRUE;
    }
  g_set_object (&self->profile, profile);
  if (profile != NULL)
    self->changed_handler = g_signal_connect_object (profile, "changed", G_CALLBACK (terms_changed_cb), self,
                                                     G_CONNECT_SWAPPED);
  cp_refresh_queue (self->refresh);
}

void
cp_courses_page_set_own (CpCoursesPage  *self,
                         CpUserSessions *own)
{
  g_return_if_fail (CP_IS_COURSES_PAGE (self));

  if (self->own != NULL)
    g_clear_signal_handler (&self->own_handler, self->own);
  g_set_object (&self->own, own);
  if (own != NULL)
    self->own_handler = g_signal_connect_object (own, "changed", G_CALLBACK (terms_changed_cb), self,
                                                 G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "courses.paste-notice", own != NULL);
  cp_refresh_queue (self->refresh);
}

void
cp_courses_page_set_day (CpCoursesPage *self,
                         CpDay          day)
{
  g_return_if_fail (CP_IS_COURSES_PAGE (self));
  self->day = day;
  cp_refresh_queue (self->refresh);
}

GListModel *
cp_courses_page_get_rows (CpCoursesPage *self)
{
  g_return_val_if_fail (CP_IS_COURSES_PAGE (self), NULL);
  cp_refresh_flush (self->refresh);
  return G_LIST_MODEL (self->selection);
}

static void
cp_courses_page_dispose (GObject *object)
{
  CpCoursesPage *self = CP_COURSES_PAGE (object);

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
  g_clear_object (&self->cities);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->eligibility, cp_eligibility_free);
  g_clear_pointer (&self->refresh, cp_refresh_free);

  G_OBJECT_CLASS (cp_courses_page_parent_class)->dispose (object);
}

static void
cp_courses_page_class_init (CpCoursesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cp_courses_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/certpath/Certpath/ui/pages/cp-courses-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CpCoursesPage, city_filter);
  gtk_widget_class_bind_template_child (widget_class, CpCoursesPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CpCoursesPage, compare_button);
  gtk_widget_class_bind_template_child (widget_class, CpCoursesPage, format_filter);
  gtk_widget_class_bind_template_child (widget_class, CpCoursesPage, group_spin);
  gtk_widget_class_bind_template_child (widget_class, CpCoursesPage, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, CpCoursesPage, level_filter);
  gtk_widget_class_bind_template_child (widget_class, CpCoursesPage, member_check);
  gtk_widget_class_bind_template_child (widget_class, CpCoursesPage, note_label);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_compare_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_export_button_clicked_cb);
  cp_filter_fold_bind_template (widget_class);
  gtk_widget_class_install_action (widget_class, "courses.paste-notice", NULL, paste_notice_action);
}

/* Not before the tab is first shown or read. */
static void
build (GtkWidget *widget)
{
  CpCoursesPage *self = CP_COURSES_PAGE (widget);

  gtk_widget_init_template (widget);
  cp_filter_fold_attach_template (widget, CP_TYPE_COURSES_PAGE);

  /* store → filter → sort (by the clicked column) → selection → view */
  self->store = g_list_store_new (CP_TYPE_COURSE_ITEM);
  self->filter = gtk_custom_filter_new (matches, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (self->store), GTK_FILTER (self->filter));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (self->filtered), NULL);
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (self->sorted));
  add_columns (self);
  {
    GtkMultiSorter *order = gtk_multi_sorter_new ();

    self->rank_sorter = gtk_custom_sorter_new (compare_rank, self, NULL);
    gtk_multi_sorter_append (order, GTK_SORTER (gtk_custom_sorter_new (compare_ended, NULL, NULL)));
    gtk_multi_sorter_append (order, g_object_ref (gtk_column_view_get_sorter (self->column_view)));
    gtk_multi_sorter_append (order, GTK_SORTER (self->rank_sorter));
    gtk_sort_list_model_set_sorter (self->sorted, GTK_SORTER (order));
    g_object_unref (order);
  }
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->city_filter, "notify::selected", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->level_filter, "notify::selected", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->format_filter, "notify::selected", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->kind_filter, "notify::selected", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->group_spin, "value-changed", G_CALLBACK (terms_changed_cb), self);
  g_signal_connect_swapped (self->member_check, "toggled", G_CALLBACK (terms_changed_cb), self);
}

static void
cp_courses_page_init (CpCoursesPage *self)
{
  self->refresh = cp_refresh_new (GTK_WIDGET (self), build, update);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "courses.paste-notice", FALSE);
}
