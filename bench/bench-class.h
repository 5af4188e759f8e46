/* bench-class.h: a made-up class list as a front desk keeps it, any size
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

/* A header and @rows records (GStrv each): Chinese headers, ID numbers
 * with valid check characters, dates typed four ways, cities in Chinese
 * with and without 市, levels as 三级/高级工 or 3. */
GPtrArray *bench_class_table (guint rows);
/* The same as CSV in GB18030, as WPS saves it. */
char      *bench_class_gbk_csv (GPtrArray *table,
                                gsize     *length);
/* CPU time of the process, in ms. */
double     bench_cpu_ms      (void);
