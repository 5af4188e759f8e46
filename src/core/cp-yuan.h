/* cp-yuan.h: sums of money that cannot overflow
 *
 * The schema bounds every amount in the data to CP_SCHEMA_MAX_YUAN, so
 * these never overflow on a checked pack; should an amount slip past it,
 * the answer is "unknown" rather than a price that wraps below zero.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cp-subsidy.h"

G_BEGIN_DECLS

static inline gint64
cp_yuan_add (gint64 a,
             gint64 b)
{
  gint64 sum;

  if (a == CP_YUAN_UNKNOWN || b == CP_YUAN_UNKNOWN || __builtin_add_overflow (a, b, &sum))
    return CP_YUAN_UNKNOWN;
  return sum;
}

static inline gint64
cp_yuan_subtract (gint64 a,
                  gint64 b)
{
  gint64 difference;

  if (a == CP_YUAN_UNKNOWN || b == CP_YUAN_UNKNOWN || __builtin_sub_overflow (a, b, &difference))
    return CP_YUAN_UNKNOWN;
  return difference;
}

/* @percent of @amount in whole yuan, rounded half up: 3000 × 20% = 600. */
static inline gint64
cp_yuan_percent (gint64 amount,
                 gint64 percent)
{
  gint64 product;

  if (amount == CP_YUAN_UNKNOWN || __builtin_mul_overflow (amount, percent, &product) ||
      __builtin_add_overflow (product, 50, &product))
    return CP_YUAN_UNKNOWN;
  return product / 100;
}

G_END_DECLS
