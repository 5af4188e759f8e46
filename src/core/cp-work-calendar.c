/* cp-work-calendar.c
 *
 * Built once per pack: two bitmaps over the years the holiday table
 * touches, one bit a day — a working day, and a day of a published year.
 * Outside them every year is unpublished and only weekends rest. A test
 * (test-work-calendar-diff) keeps the former hash-table version and
 * compares the two over every day of the pack's years.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-policy-query.h"
#include "cp-work-calendar.h"

struct _CpWorkCalendar
{
  CpDay    first;    /* the first day of the bitmaps, a 1 January; 0: none */
  guint    n_days;
  guint64 *working;  /* bit (day − first): a working day */
  guint64 *known;    /* bit (day − first): in a published year */
  int      first_year;
  guint    n_years;
  gboolean *years;   /* [year − first_year]: published */
};

#define BIT(bits, i) (((bits)[(i) / 64] >> ((i) % 64)) & 1)

/* GDate's day 1, 0001-01-01, is a Monday. */
static gboolean
is_weekend (CpDay day)
{
  return (day - 1) % 7 >= 5;
}

static int
year_of (CpDay day)
{
  int year;

  cp_date_to_ymd (day, &year, NULL, NULL);
  return year;
}

static gboolean
holds_date (CpDay day)
{
  return day != 0 && g_date_valid_julian (day);
}

/* The published years, and every day they name (holidays, make-up days),
 * as read from the pack; what was wrong in it was refused at load. */
typedef struct
{
  GArray *years;     /* int */
  GArray *days_off;  /* CpDay */
  GArray *make_up;   /* CpDay */
} Table;

static void
read_table (CpPolicyPack *pack,
            Table        *table)
{
  JsonArray *years = cp_policy_pack_get_records (pack, "holidays.json", "years");

  for (guint i = 0; years != NULL && i < json_array_get_length (years); i++)
    {
      JsonObject *year = json_array_get_object_element (years, i);
      JsonArray *holidays = json_object_get_array_member (year, "holidays");
      int number = (int) json_object_get_int_member (year, "year");

      if (g_strcmp0 (json_object_get_string_member (year, "status"), "published") != 0)
        continue;
      g_array_append_val (table->years, number);
      for (guint k = 0; holidays != NULL && k < json_array_get_length (holidays); k++)
        {
          JsonObject *holiday = json_array_get_object_element (holidays, k);
          JsonArray *make_up = json_object_get_array_member (holiday, "make_up_days");
          CpDay last = cp_json_get_day (holiday, "last");

          for (CpDay day = cp_json_get_day (holiday, "first"); holds_date (day) && day <= last; day++)
            g_array_append_val (table->days_off, day);
          for (guint m = 0; make_up != NULL && m < json_array_get_length (make_up); m++)
            {
              CpDay day = 0;

              if (cp_date_parse (json_array_get_string_element (make_up, m), &day) == CP_DATE_OK)
                g_array_append_val (table->make_up, day);
            }
        }
    }
}

static void
widen (int   *first,
       int   *last,
       int    year)
{
  *first = MIN (*first, year);
  *last = MAX (*last, year);
}

static void
set_bit (guint64 *bits,
         guint    i,
         gboolean value)
{
  if (value)
    bits[i / 64] |= G_GUINT64_CONSTANT (1) << (i % 64);
  else
    bits[i / 64] &= ~(G_GUINT64_CONSTANT (1) << (i % 64));
}

CpWorkCalendar *
cp_work_calendar_new (CpPolicyPack *pack)
{
  CpWorkCalendar *self = g_new0 (CpWorkCalendar, 1);
  Table table = { g_array_new (FALSE, FALSE, sizeof (int)), g_array_new (FALSE, FALSE, sizeof (CpDay)),
                  g_array_new (FALSE, FALSE, sizeof (CpDay)) };
  int first_year = G_MAXINT, last_year = G_MININT;

  read_table (pack, &table);
  for (guint i = 0; i < table.years->len; i++)
    widen (&first_year, &last_year, g_array_index (table.years, int, i));
  for (guint i = 0; i < table.days_off->len; i++)
    widen (&first_year, &last_year, year_of (g_array_index (table.days_off, CpDay, i)));
  for (guint i = 0; i < table.make_up->len; i++)
    widen (&first_year, &last_year, year_of (g_array_index (table.make_up, CpDay, i)));

  if (first_year <= last_year && g_date_valid_year (first_year) && g_date_valid_year (last_year + 1))
    {
      self->first = cp_date_from_ymd (first_year, 1, 1);
      self->n_days = cp_date_from_ymd (last_year + 1, 1, 1) - self->first;
      self->working = g_new0 (guint64, self->n_days / 64 + 1);
      self->known = g_new0 (guint64, self->n_days / 64 + 1);
      self->first_year = first_year;
      self->n_years = last_year - first_year + 1;
      self->years = g_new0 (gboolean, self->n_years);

      for (guint i = 0; i < self->n_days; i++)
        set_bit (self->working, i, !is_weekend (self->first + i));
      for (guint i = 0; i < table.years->len; i++)
        {
          int year = g_array_index (table.years, int, i);
          CpDay from = cp_date_from_ymd (year, 1, 1), until = cp_date_from_ymd (year + 1, 1, 1);

          self->years[year - first_year] = TRUE;
          for (CpDay day = from; day < until; day++)
            set_bit (self->known, day - self->first, TRUE);
        }
      /* A make-up day wins over a holiday, as it did when both were sets. */
      for (guint i = 0; i < table.days_off->len; i++)
        set_bit (self->working, g_array_index (table.days_off, CpDay, i) - self->first, FALSE);
      for (guint i = 0; i < table.make_up->len; i++)
        set_bit (self->working, g_array_index (table.make_up, CpDay, i) - self->first, TRUE);
    }
  g_array_unref (table.years);
  g_array_unref (table.days_off);
  g_array_unref (table.make_up);
  return self;
}

void
cp_work_calendar_free (CpWorkCalendar *self)
{
  if (self == NULL)
    return;
  g_free (self->working);
  g_free (self->known);
  g_free (self->years);
  g_free (self);
}

static GQuark
calendar_quark (void)
{
  return g_quark_from_static_string ("cp-work-calendar");
}

CpWorkCalendar *
cp_work_calendar_for_pack (CpPolicyPack *pack)
{
  static GMutex lock;
  CpWorkCalendar *calendar;

  /* A pack never changes once loaded; feeds are parsed in worker
   * threads, hence the lock around the first build. */
  g_mutex_lock (&lock);
  calendar = g_object_get_qdata (G_OBJECT (pack), calendar_quark ());
  if (calendar == NULL)
    {
      calendar = cp_work_calendar_new (pack);
      g_object_set_qdata_full (G_OBJECT (pack), calendar_quark (), calendar, (GDestroyNotify) cp_work_calendar_free);
    }
  g_mutex_unlock (&lock);
  return calendar;
}

gboolean
cp_work_calendar_knows_year (CpWorkCalendar *self,
                             int             year)
{
  return self->years != NULL && year >= self->first_year && year < self->first_year + (int) self->n_years &&
         self->years[year - self->first_year];
}

static inline gboolean
in_range (CpWorkCalendar *self,
          CpDay           day)
{
  return day >= self->first && day - self->first < self->n_days;
}

gboolean
cp_work_calendar_is_working_day (CpWorkCalendar *self,
                                 CpDay           day,
                                 gboolean       *approximate)
{
  guint i;

  if (!in_range (self, day))
    {
      if (approximate != NULL)
        *approximate = TRUE;
      return !is_weekend (day);
    }
  i = day - self->first;
  if (approximate != NULL && !BIT (self->known, i))
    *approximate = TRUE;
  return BIT (self->working, i);
}

/* The 64 days from @day on, when @day starts a word of the bitmaps and
 * the whole word lies within them: their working days, in one popcount. */
static gboolean
whole_word (CpWorkCalendar *self,
            CpDay           day,
            guint          *n_working,
            gboolean       *approximate)
{
  guint i;

  if (!in_range (self, day))
    return FALSE;
  i = day - self->first;
  if (i % 64 != 0 || i + 64 > self->n_days)
    return FALSE;
  *n_working = __builtin_popcountll (self->working[i / 64]);
  if (approximate != NULL && self->known[i / 64] != G_MAXUINT64)
    *approximate = TRUE;
  return TRUE;
}

CpDay
cp_work_calendar_add (CpWorkCalendar *self,
                      CpDay           from,
                      guint           n,
                      gboolean       *approximate)
{
  CpDay day = from;

  while (n > 0)
    {
      guint n_working;
      gboolean word_approximate = FALSE;

      /* A whole word is skipped only if the n-th day lies beyond it. */
      if (whole_word (self, day + 1, &n_working, &word_approximate) && n_working < n)
        {
          if (word_approximate && approximate != NULL)
            *approximate = TRUE;
          n -= n_working;
          day += 64;
          continue;
        }
      day++;
      if (cp_work_calendar_is_working_day (self, day, approximate))
        n--;
    }
  return day;
}

int
cp_work_calendar_between (CpWorkCalendar *self,
                          CpDay           a,
                          CpDay           b,
                          gboolean       *approximate)
{
  int count = 0;
  CpDay day = a + 1;

  if (b < a)
    return -cp_work_calendar_between (self, b, a, approximate);
  while (day <= b)
    {
      guint n_working;

      if (b - day >= 63 && whole_word (self, day, &n_working, approximate))
        {
          count += n_working;
          day += 64;
          continue;
        }
      if (cp_work_calendar_is_working_day (self, day, approximate))
        count++;
      day++;
    }
  return count;
}
