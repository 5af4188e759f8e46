/* cp-policy-schema.c
 *
 * The shape of every file of a policy pack. docs/policy-data.md describes the
 * same shapes in prose; keep the two together.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cp-policy-schema.h"
#include "cp-date.h"

#include <string.h>

#define END { NULL, NULL, FALSE }

/* ---------- Scalars ---------- */

static const CpSchema string_s = { CP_SCHEMA_STRING };
static const CpSchema string_or_unknown = { CP_SCHEMA_STRING, CP_SCHEMA_NULLABLE };
static const CpSchema text_s = { CP_SCHEMA_TEXT };
static const CpSchema text_or_unknown = { CP_SCHEMA_TEXT, CP_SCHEMA_NULLABLE };
static const CpSchema texts_s = { CP_SCHEMA_ARRAY, .items = &text_s };
static const CpSchema bool_s = { CP_SCHEMA_BOOL };
static const CpSchema date_s = { CP_SCHEMA_DATE };
static const CpSchema date_or_unknown = { CP_SCHEMA_DATE, CP_SCHEMA_NULLABLE };
static const CpSchema dates_s = { CP_SCHEMA_ARRAY, CP_SCHEMA_UNIQUE, .items = &date_s };
static const CpSchema month_or_unknown = { CP_SCHEMA_MONTH, CP_SCHEMA_NULLABLE };
static const CpSchema url_or_unknown = { CP_SCHEMA_URL, CP_SCHEMA_NULLABLE };
static const CpSchema yuan_or_unknown = { CP_SCHEMA_YUAN, CP_SCHEMA_NULLABLE };
static const CpSchema count_or_unknown = { CP_SCHEMA_INT, CP_SCHEMA_NULLABLE, .min = 0, .max = 100000 };
static const CpSchema positive_s = { CP_SCHEMA_INT, .min = 1, .max = 100000 };
static const CpSchema percent_or_unknown = { CP_SCHEMA_INT, CP_SCHEMA_NULLABLE, .min = 0, .max = 100 };
static const CpSchema level_s = { CP_SCHEMA_INT, .min = 1, .max = 5 };
static const CpSchema levels_s = { CP_SCHEMA_ARRAY, CP_SCHEMA_UNIQUE, .items = &level_s, .min = 1 };
static const CpSchema levels_or_unknown = { CP_SCHEMA_ARRAY, CP_SCHEMA_UNIQUE | CP_SCHEMA_NULLABLE,
                                            .items = &level_s, .min = 1 };

/* ---------- Ids and references ---------- */

static const CpSchema source_ref = { CP_SCHEMA_STRING, .refers = "source" };
static const CpSchema source_ref_or_unknown = { CP_SCHEMA_STRING, CP_SCHEMA_NULLABLE, .refers = "source" };
static const CpSchema sources_s = { CP_SCHEMA_ARRAY, CP_SCHEMA_UNIQUE, .items = &source_ref, .min = 1 };
static const CpSchema region_ref = { CP_SCHEMA_STRING, .refers = "region" };
static const CpSchema region_ref_or_none = { CP_SCHEMA_STRING, CP_SCHEMA_NULLABLE, .refers = "region" };
static const CpSchema occupation_ref = { CP_SCHEMA_STRING, .refers = "occupation" };
static const CpSchema occupations_s = { CP_SCHEMA_ARRAY, CP_SCHEMA_UNIQUE, .items = &occupation_ref };
static const CpSchema scheme_ref = { CP_SCHEMA_STRING, .refers = "scheme" };
static const CpSchema shortage_list_ref_or_none = { CP_SCHEMA_STRING, CP_SCHEMA_NULLABLE,
                                                    .refers = "shortage list" };
static const CpSchema centre_ref = { CP_SCHEMA_STRING, .refers = "exam centre" };
static const CpSchema centre_ref_or_unknown = { CP_SCHEMA_STRING, CP_SCHEMA_NULLABLE, .refers = "exam centre" };
static const CpSchema provider_ref = { CP_SCHEMA_STRING, .refers = "provider" };
static const CpSchema providers_s = { CP_SCHEMA_ARRAY, CP_SCHEMA_UNIQUE, .items = &provider_ref };

#define ID(kind) (&(const CpSchema) { CP_SCHEMA_STRING, .defines = (kind) })

/* Every policy rule says when it took effect and ended (null: not known or
 * still in force), the date it is known to have been in force by (which
 * never stands for its start), and which documents state it. */
#define VALIDITY_MEMBERS \
  { "valid_from", &date_or_unknown, FALSE }, \
  { "valid_to", &date_or_unknown, FALSE }, \
  { "known_in_force_by", &date_or_unknown, TRUE }, \
  { "continues_unconfirmed", &bool_s, TRUE }, \
  { "validity_note", &text_s, TRUE }

#define SOURCE_MEMBERS \
  { "sources", &sources_s, FALSE }, \
  { "note", &text_s, TRUE }

/* ---------- pack.json ---------- */

static const char * const pack_formats[] = { "certpath-policy", NULL };
static const CpSchema pack_format_s = { CP_SCHEMA_ENUM, .values = pack_formats };
static const CpSchema pack_format_version_s = { CP_SCHEMA_INT, .min = 1, .max = 1 };

static const CpSchemaMember pack_members[] = {
  { "format", &pack_format_s, FALSE },
  { "format_version", &pack_format_version_s, FALSE },
  { "version", &string_s, FALSE },
  { "date", &date_s, FALSE },
  { "title", &text_s, FALSE },
  { "description", &text_s, TRUE },
  { "checked", &date_or_unknown, TRUE },
  { "known_unknowns", &texts_s, TRUE },
  END
};
static const CpSchema pack_file = { CP_SCHEMA_OBJECT, .members = pack_members };

/* ---------- sources.json ---------- */

static const char * const source_statuses[] = { "confirmed", "secondary", "seed_only", "unofficial", NULL };

static const CpSchemaMember source_members[] = {
  { "id", ID ("source"), FALSE },
  { "title", &text_s, FALSE },
  { "issuer", &text_or_unknown, FALSE },
  { "number", &string_or_unknown, FALSE },
  { "date", &date_or_unknown, FALSE },
  { "month", &month_or_unknown, TRUE },
  { "url", &url_or_unknown, FALSE },
  { "status", &(const CpSchema) { CP_SCHEMA_ENUM, .values = source_statuses }, FALSE },
  { "seed", &string_or_unknown, TRUE },
  { "note", &text_s, TRUE },
  END
};
static const CpSchema source_s = { CP_SCHEMA_OBJECT, .members = source_members };
static const CpSchemaMember sources_file_members[] = {
  { "sources", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &source_s, .min = 1 }, FALSE },
  END
};
static const CpSchema sources_file = { CP_SCHEMA_OBJECT, .members = sources_file_members };

/* ---------- regions.json ---------- */

static const char * const region_kinds[] = { "province", "city", "municipality", NULL };

static const CpSchemaMember shortage_list_members[] = {
  { "id", ID ("shortage list"), FALSE },
  { "name", &text_s, FALSE },
  { "published", &date_or_unknown, FALSE },
  { "occupations", &(const CpSchema) { CP_SCHEMA_ARRAY, CP_SCHEMA_UNIQUE, .items = &occupation_ref, .min = 1 }, FALSE },
  { "complete", &bool_s, FALSE },
  VALIDITY_MEMBERS,
  SOURCE_MEMBERS,
  END
};
static const CpSchema shortage_list_s = { CP_SCHEMA_OBJECT, .members = shortage_list_members };

static const CpSchemaMember region_members[] = {
  { "id", ID ("region"), FALSE },
  { "kind", &(const CpSchema) { CP_SCHEMA_ENUM, .values = region_kinds }, FALSE },
  { "parent", &region_ref_or_none, FALSE },
  { "name", &text_s, FALSE },
  { "shortage_lists", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &shortage_list_s }, FALSE },
  { "note", &text_s, TRUE },
  END
};
static const CpSchema region_s = { CP_SCHEMA_OBJECT, .members = region_members };
static const CpSchemaMember regions_file_members[] = {
  { "regions", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &region_s, .min = 1 }, FALSE },
  END
};
static const CpSchema regions_file = { CP_SCHEMA_OBJECT, .members = regions_file_members };

/* ---------- occupations.json ---------- */

static const CpSchemaMember occupation_members[] = {
  { "code", ID ("occupation"), FALSE },
  { "name", &text_s, FALSE },
  { "digital", &bool_s, FALSE },
  { "work_types", &texts_s, TRUE },
  SOURCE_MEMBERS,
  END
};
static const CpSchema occupation_s = { CP_SCHEMA_OBJECT, .members = occupation_members };
static const CpSchemaMember occupations_file_members[] = {
  { "occupations", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &occupation_s, .min = 1 }, FALSE },
  END
};
static const CpSchema occupations_file = { CP_SCHEMA_OBJECT, .members = occupations_file_members };

/* ---------- levels.json ---------- */

static const CpSchemaMember level_members[] = {
  { "level", &level_s, FALSE },
  { "name", &text_s, FALSE },
  { "short_name", &text_s, FALSE },
  SOURCE_MEMBERS,
  END
};
static const CpSchema level_record_s = { CP_SCHEMA_OBJECT, .members = level_members };
static const CpSchemaMember levels_file_members[] = {
  { "levels", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &level_record_s, .min = 1 }, FALSE },
  END
};
static const CpSchema levels_file = { CP_SCHEMA_OBJECT, .members = levels_file_members };

/* ---------- eligibility.json ---------- */

static const char * const condition_kinds[] = {
  "age_at_least", "declaration", "working_now", "work_years", "certificate",
  "certificate_held_years", "education", "title", "student", "training_hours", NULL
};
static const char * const education_kinds[] = {
  "secondary_vocational", "technician_school", "technician_school_senior",
  "technician_college", "college", "bachelor", "postgraduate", NULL
};
static const char * const title_grades[] = { "junior", "intermediate", "senior", NULL };
static const char * const after_kinds[] = { "certificate", "title", NULL };
static const char * const document_triggers[] = {
  "always", "work_years", "certificate", "title", "education", "final_year_student",
  "student", "training_hours", NULL
};

static const CpSchema education_kind_s = { CP_SCHEMA_ENUM, .values = education_kinds };
static const CpSchema title_grade_s = { CP_SCHEMA_ENUM, .values = title_grades };
static const CpSchema years_s = { CP_SCHEMA_INT, .min = 0, .max = 60 };

static const CpSchemaMember after_members[] = {
  { "kind", &(const CpSchema) { CP_SCHEMA_ENUM, .values = after_kinds }, FALSE },
  { "level", &level_s, TRUE },
  { "grade", &title_grade_s, TRUE },
  END
};

static const CpSchemaMember condition_members[] = {
  { "kind", &(const CpSchema) { CP_SCHEMA_ENUM, .values = condition_kinds }, FALSE },
  { "years", &years_s, TRUE },
  { "level", &level_s, TRUE },
  { "grade", &title_grade_s, TRUE },
  { "after", &(const CpSchema) { CP_SCHEMA_OBJECT, .members = after_members }, TRUE },
  { "education_kinds", &(const CpSchema) { CP_SCHEMA_ARRAY, CP_SCHEMA_UNIQUE, .items = &education_kind_s, .min = 1 }, TRUE },
  { "related_major", &bool_s, TRUE },
  { "assessed", &bool_s, TRUE },
  { "final_year_counts", &bool_s, TRUE },
  { "matches_major", &bool_s, TRUE },
  { "hours", &positive_s, TRUE },
  { "text", &text_s, TRUE },
  END
};
static const CpSchema condition_s = { CP_SCHEMA_OBJECT, .members = condition_members };
static const CpSchema conditions_s = { CP_SCHEMA_ARRAY, .items = &condition_s, .min = 1 };

static const CpSchemaMember clause_members[] = {
  { "id", ID ("clause"), FALSE },
  { "level", &level_s, FALSE },
  { "number", &(const CpSchema) { CP_SCHEMA_INT, .min = 1, .max = 20 }, FALSE },
  { "text", &text_s, FALSE },
  { "conditions", &conditions_s, FALSE },
  SOURCE_MEMBERS,
  END
};
static const CpSchema clause_s = { CP_SCHEMA_OBJECT, .members = clause_members };

static const CpSchemaMember rule_set_members[] = {
  { "id", ID ("rule set"), FALSE },
  { "name", &text_s, FALSE },
  { "region", &region_ref, FALSE },
  { "all_occupations", &bool_s, FALSE },
  { "occupations", &occupations_s, FALSE },
  { "clauses", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &clause_s, .min = 1 }, FALSE },
  VALIDITY_MEMBERS,
  SOURCE_MEMBERS,
  END
};
static const CpSchema rule_set_s = { CP_SCHEMA_OBJECT, .members = rule_set_members };

static const CpSchemaMember extra_requirement_members[] = {
  { "id", ID ("extra requirement"), FALSE },
  { "organisation", &text_s, FALSE },
  { "region", &region_ref, FALSE },
  { "centre", &centre_ref, TRUE },
  { "occupations", &occupations_s, FALSE },
  { "levels", &levels_s, FALSE },
  { "condition", &condition_s, FALSE },
  { "text", &text_s, FALSE },
  VALIDITY_MEMBERS,
  SOURCE_MEMBERS,
  END
};
static const CpSchema extra_requirement_s = { CP_SCHEMA_OBJECT, .members = extra_requirement_members };

static const CpSchemaMember document_members[] = {
  { "id", ID ("document"), FALSE },
  { "name", &text_s, FALSE },
  { "description", &text_s, FALSE },
  { "required_when", &(const CpSchema) { CP_SCHEMA_ENUM, .values = document_triggers }, FALSE },
  /* the organisations whose checklists ask for it */
  { "centres", &(const CpSchema) { CP_SCHEMA_ARRAY, CP_SCHEMA_UNIQUE, .items = &centre_ref }, TRUE },
  SOURCE_MEMBERS,
  END
};
static const CpSchema document_s = { CP_SCHEMA_OBJECT, .members = document_members };

static const CpSchemaMember eligibility_file_members[] = {
  { "rule_sets", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &rule_set_s, .min = 1 }, FALSE },
  { "extra_requirements", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &extra_requirement_s }, FALSE },
  { "documents", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &document_s, .min = 1 }, FALSE },
  END
};
static const CpSchema eligibility_file = { CP_SCHEMA_OBJECT, .members = eligibility_file_members };

/* ---------- subsidy.json ---------- */

static const char * const catalogue_classes[] = { "A", "B", "C", "general", NULL };
static const char * const uplift_recipients[] = { "all_claimants", "insured_in_city", "set_by_city", NULL };
static const char * const claimant_links[] = {
  "hukou", "insured", "registered_unemployed", "registered_graduate", "employed", NULL
};
static const char * const limit_kinds[] = {
  "higher_level_claimed", "same_level_claimed", "once_per_kind_per_year", "max_per_year",
  "employer_evaluation_excluded", "claim_deadline_months", "no_double_with_unemployment_insurance",
  NULL
};

static const CpSchemaMember scheme_members[] = {
  { "id", ID ("scheme"), FALSE },
  { "name", &text_s, FALSE },
  { "description", &text_s, FALSE },
  SOURCE_MEMBERS,
  END
};
static const CpSchema scheme_s = { CP_SCHEMA_OBJECT, .members = scheme_members };

/* Amounts per class: five figures, levels 5 to 1 in the catalogue's column
 * order (初级工 … 高级技师); null for a figure the sources do not give. */
static const CpSchema amount_row_s = { CP_SCHEMA_ARRAY, .items = &yuan_or_unknown, .min = 5, .max = 5 };
static const CpSchema amounts_s = { CP_SCHEMA_MAP, .values = catalogue_classes, .items = &amount_row_s };

static const CpSchemaMember catalogue_row_members[] = {
  { "occupation", &occupation_ref, FALSE },
  { "class", &(const CpSchema) { CP_SCHEMA_ENUM, .values = catalogue_classes }, FALSE },
  { "row", &count_or_unknown, FALSE },
  END
};
static const CpSchema catalogue_row_s = { CP_SCHEMA_OBJECT, .members = catalogue_row_members };

static const CpSchemaMember catalogue_members[] = {
  { "id", ID ("catalogue"), FALSE },
  { "scheme", &scheme_ref, FALSE },
  { "region", &region_ref, FALSE },
  { "name", &text_s, FALSE },
  { "number", &string_or_unknown, FALSE },
  { "amounts_inferred", &bool_s, TRUE },
  { "amounts", &amounts_s, FALSE },
  { "rows", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &catalogue_row_s }, FALSE },
  VALIDITY_MEMBERS,
  SOURCE_MEMBERS,
  END
};
static const CpSchema catalogue_s = { CP_SCHEMA_OBJECT, .members = catalogue_members };

static const CpSchemaMember uplift_members[] = {
  { "id", ID ("uplift"), FALSE },
  { "scheme", &scheme_ref, FALSE },
  { "region", &region_ref, FALSE },
  { "shortage_list", &shortage_list_ref_or_none, FALSE },
  { "rate_percent", &percent_or_unknown, FALSE },
  { "max_rate_percent", &percent_or_unknown, TRUE },
  { "levels", &levels_or_unknown, FALSE },
  { "rate_for_levels", &levels_s, TRUE },
  { "who", &(const CpSchema) { CP_SCHEMA_ENUM, .values = uplift_recipients }, FALSE },
  VALIDITY_MEMBERS,
  SOURCE_MEMBERS,
  END
};
static const CpSchema uplift_s = { CP_SCHEMA_OBJECT, .members = uplift_members };

static const CpSchemaMember claimant_members[] = {
  { "id", ID ("claimant rule"), FALSE },
  { "scheme", &scheme_ref, FALSE },
  { "region", &region_ref, FALSE },
  { "links", &(const CpSchema) { CP_SCHEMA_ARRAY, CP_SCHEMA_UNIQUE, .min = 1,
                                 .items = &(const CpSchema) { CP_SCHEMA_ENUM, .values = claimant_links } }, FALSE },
  { "graduate_years", &count_or_unknown, TRUE },
  { "min_age", &count_or_unknown, FALSE },
  { "max_age_men", &count_or_unknown, FALSE },
  { "max_age_women", &count_or_unknown, FALSE },
  { "excluded", &texts_s, FALSE },
  VALIDITY_MEMBERS,
  SOURCE_MEMBERS,
  END
};
static const CpSchema claimant_s = { CP_SCHEMA_OBJECT, .members = claimant_members };

static const CpSchemaMember limit_members[] = {
  { "id", ID ("limit"), FALSE },
  { "scheme", &scheme_ref, FALSE },
  { "region", &region_ref, FALSE },
  { "kind", &(const CpSchema) { CP_SCHEMA_ENUM, .values = limit_kinds }, FALSE },
  { "value", &count_or_unknown, TRUE },
  { "text", &text_s, FALSE },
  VALIDITY_MEMBERS,
  SOURCE_MEMBERS,
  END
};
static const CpSchema limit_s = { CP_SCHEMA_OBJECT, .members = limit_members };

static const CpSchemaMember working_days_members[] = {
  { "min", &positive_s, FALSE },
  { "max", &positive_s, FALSE },
  END
};

static const CpSchemaMember claim_procedure_members[] = {
  { "id", ID ("claim procedure"), FALSE },
  { "scheme", &scheme_ref, FALSE },
  { "region", &region_ref, FALSE },
  { "text", &text_s, FALSE },
  { "url", &url_or_unknown, FALSE },
  { "documents", &texts_s, FALSE },
  { "review_working_days", &(const CpSchema) { CP_SCHEMA_OBJECT, CP_SCHEMA_NULLABLE,
                                               .members = working_days_members }, FALSE },
  VALIDITY_MEMBERS,
  SOURCE_MEMBERS,
  END
};
static const CpSchema claim_procedure_s = { CP_SCHEMA_OBJECT, .members = claim_procedure_members };

static const CpSchemaMember subsidy_file_members[] = {
  { "schemes", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &scheme_s, .min = 1 }, FALSE },
  { "catalogues", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &catalogue_s, .min = 1 }, FALSE },
  { "uplifts", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &uplift_s }, FALSE },
  { "claimants", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &claimant_s }, FALSE },
  { "limits", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &limit_s }, FALSE },
  { "claim_procedures", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &claim_procedure_s }, TRUE },
  END
};
static const CpSchema subsidy_file = { CP_SCHEMA_OBJECT, .members = subsidy_file_members };

/* ---------- exams.json ---------- */

static const char * const exam_rule_kinds[] = {
  "pass_mark", "max_score", "retake_count", "retake_window_months",
  "results_working_days", "review_request_working_days", "review_answer_working_days",
  "certificate_working_days", "admission_ticket_days_before", "min_candidates",
  "late_entry_minutes", "papers_days_before", "absence_no_refund", "whole_assessment_again",
  "retake_fee_per_subject", "certificate_lookup", NULL
};
static const char * const registration_channels[] = { "jineng_guangdong", "centre_platform", NULL };

static const CpSchemaMember subject_members[] = {
  { "id", ID ("subject"), FALSE },
  { "name", &text_s, FALSE },
  { "levels", &levels_s, FALSE },
  { "minutes", &count_or_unknown, FALSE },
  { "mode", &text_or_unknown, FALSE },
  SOURCE_MEMBERS,
  END
};
static const CpSchema subject_s = { CP_SCHEMA_OBJECT, .members = subject_members };

static const CpSchemaMember exam_rule_members[] = {
  { "id", ID ("exam rule"), FALSE },
  { "region", &region_ref, FALSE },
  { "centre", &centre_ref, TRUE },   /* an organisation's own rule, for its sessions */
  { "occupations", &occupations_s, FALSE },
  { "kind", &(const CpSchema) { CP_SCHEMA_ENUM, .values = exam_rule_kinds }, FALSE },
  { "value", &count_or_unknown, FALSE },
  { "text", &text_s, FALSE },
  { "url", &url_or_unknown, TRUE },
  VALIDITY_MEMBERS,
  SOURCE_MEMBERS,
  END
};
static const CpSchema exam_rule_s = { CP_SCHEMA_OBJECT, .members = exam_rule_members };

static const CpSchemaMember fee_members[] = {
  { "levels", &levels_s, FALSE },
  { "theory", &yuan_or_unknown, FALSE },
  { "practical", &yuan_or_unknown, FALSE },
  { "review", &yuan_or_unknown, FALSE },
  { "materials", &yuan_or_unknown, FALSE },
  { "total", &yuan_or_unknown, FALSE },
  SOURCE_MEMBERS,
  END
};
static const CpSchema fee_s = { CP_SCHEMA_OBJECT, .members = fee_members };

static const CpSchemaMember centre_members[] = {
  { "id", ID ("exam centre"), FALSE },
  { "name", &text_s, FALSE },
  { "region", &region_ref, FALSE },
  { "address", &text_or_unknown, FALSE },
  { "phone", &string_or_unknown, FALSE },
  { "website", &url_or_unknown, FALSE },
  { "fees", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &fee_s }, FALSE },
  SOURCE_MEMBERS,
  END
};
static const CpSchema centre_s = { CP_SCHEMA_OBJECT, .members = centre_members };

static const CpSchemaMember registration_members[] = {
  { "channel", &(const CpSchema) { CP_SCHEMA_ENUM, .values = registration_channels }, FALSE },
  { "name", &text_s, FALSE },
  { "closes", &date_s, FALSE },
  { "url", &url_or_unknown, FALSE },
  END
};
static const CpSchema registration_s = { CP_SCHEMA_OBJECT, .members = registration_members };

static const CpSchemaMember session_members[] = {
  { "id", ID ("session"), FALSE },
  { "occupation", &occupation_ref, FALSE },
  { "levels", &levels_s, FALSE },
  { "centre", &centre_ref, FALSE },
  { "region", &region_ref, FALSE },
  { "exam_date", &date_s, FALSE },
  { "registration", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &registration_s, .min = 1 }, FALSE },
  { "papers_due", &date_or_unknown, FALSE },
  { "capacity", &count_or_unknown, FALSE },
  { "min_to_open", &count_or_unknown, FALSE },
  { "registration_code", &string_or_unknown, FALSE },
  { "plan_number", &string_or_unknown, FALSE },
  { "published", &date_or_unknown, FALSE },
  SOURCE_MEMBERS,
  END
};
static const CpSchema session_s = { CP_SCHEMA_OBJECT, .members = session_members };

static const CpSchemaMember exams_file_members[] = {
  { "subjects", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &subject_s, .min = 1 }, FALSE },
  { "exam_rules", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &exam_rule_s }, FALSE },
  { "centres", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &centre_s }, FALSE },
  { "sessions", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &session_s }, FALSE },
  END
};
static const CpSchema exams_file = { CP_SCHEMA_OBJECT, .members = exams_file_members };

/* ---------- courses.json ---------- */

static const char * const provider_kinds[] = {
  "public_training_centre", "technician_college", "industry_association",
  "public_welfare", "private_school", "evaluation_organisation", NULL
};
static const char * const course_inclusions[] = {
  "training", "textbooks", "online_platform", "first_exam_fee", NULL
};
static const char * const course_modes[] = { "online_recorded", "online_live", "on_site", NULL };
static const char * const discount_kinds[] = { "group", NULL };

static const CpSchemaMember provider_members[] = {
  { "id", ID ("provider"), FALSE },
  { "name", &text_s, FALSE },
  { "kind", &(const CpSchema) { CP_SCHEMA_ENUM, .values = provider_kinds }, FALSE },
  { "region", &region_ref, FALSE },
  { "website", &url_or_unknown, FALSE },
  { "phone", &string_or_unknown, FALSE },
  SOURCE_MEMBERS,
  END
};
static const CpSchema provider_s = { CP_SCHEMA_OBJECT, .members = provider_members };

static const CpSchema level_or_unknown = { CP_SCHEMA_INT, CP_SCHEMA_NULLABLE, .min = 1, .max = 5 };
static const CpSchemaMember course_price_members[] = {
  { "level", &level_or_unknown, FALSE },
  { "price", &yuan_or_unknown, FALSE },
  { "member_price", &yuan_or_unknown, FALSE },
  END
};
static const CpSchemaMember discount_members[] = {
  { "kind", &(const CpSchema) { CP_SCHEMA_ENUM, .values = discount_kinds }, FALSE },
  { "min_size", &positive_s, FALSE },
  { "rate_percent", &(const CpSchema) { CP_SCHEMA_INT, .min = 1, .max = 100 }, FALSE },
  END
};
static const CpSchemaMember range_members[] = {
  { "min", &positive_s, FALSE },
  { "max", &positive_s, FALSE },
  END
};
static const CpSchema range_or_unknown = { CP_SCHEMA_OBJECT, CP_SCHEMA_NULLABLE, .members = range_members };
static const CpSchemaMember format_members[] = {
  { "modes", &(const CpSchema) { CP_SCHEMA_ARRAY, CP_SCHEMA_UNIQUE | CP_SCHEMA_NULLABLE, .min = 1,
                                 .items = &(const CpSchema) { CP_SCHEMA_ENUM, .values = course_modes } }, FALSE },
  { "on_site_days", &range_or_unknown, FALSE },
  { "online_sessions", &range_or_unknown, FALSE },
  END
};
static const CpSchemaMember campus_members[] = {
  { "name", &text_or_unknown, FALSE },
  { "district", &text_s, FALSE },
  { "address", &text_or_unknown, FALSE },
  { "phone", &string_or_unknown, FALSE },
  END
};

static const CpSchemaMember course_members[] = {
  { "id", ID ("course"), FALSE },
  { "provider", &provider_ref, FALSE },
  { "co_organisers", &providers_s, TRUE },
  { "name", &text_s, FALSE },
  { "occupation", &occupation_ref, FALSE },
  { "region", &region_ref, FALSE },
  { "prices", &(const CpSchema) { CP_SCHEMA_ARRAY, .min = 1,
                                  .items = &(const CpSchema) { CP_SCHEMA_OBJECT, .members = course_price_members } }, FALSE },
  { "discounts", &(const CpSchema) { CP_SCHEMA_ARRAY,
                                     .items = &(const CpSchema) { CP_SCHEMA_OBJECT, .members = discount_members } }, FALSE },
  { "includes", &(const CpSchema) { CP_SCHEMA_ARRAY, CP_SCHEMA_UNIQUE | CP_SCHEMA_NULLABLE,
                                    .items = &(const CpSchema) { CP_SCHEMA_ENUM, .values = course_inclusions } }, FALSE },
  { "format", &(const CpSchema) { CP_SCHEMA_OBJECT, .members = format_members }, FALSE },
  { "hours", &count_or_unknown, FALSE },
  { "start_month", &month_or_unknown, FALSE },
  { "exam_month", &month_or_unknown, FALSE },
  { "min_class_size", &count_or_unknown, FALSE },
  { "campuses", &(const CpSchema) { CP_SCHEMA_ARRAY,
                                    .items = &(const CpSchema) { CP_SCHEMA_OBJECT, .members = campus_members } }, FALSE },
  { "exam_centre", &centre_ref_or_unknown, FALSE },
  { "ended", &bool_s, FALSE },
  SOURCE_MEMBERS,
  END
};
static const CpSchema course_s = { CP_SCHEMA_OBJECT, .members = course_members };

static const CpSchemaMember courses_file_members[] = {
  { "providers", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &provider_s }, FALSE },
  { "courses", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &course_s }, FALSE },
  END
};
static const CpSchema courses_file = { CP_SCHEMA_OBJECT, .members = courses_file_members };

/* ---------- holidays.json ---------- */

static const char * const holiday_year_statuses[] = { "published", "not_published", NULL };

static const CpSchemaMember holiday_members[] = {
  { "name", &text_s, FALSE },
  { "first", &date_s, FALSE },
  { "last", &date_s, FALSE },
  { "make_up_days", &dates_s, FALSE },
  END
};
static const CpSchema holiday_s = { CP_SCHEMA_OBJECT, .members = holiday_members };

static const CpSchemaMember holiday_year_members[] = {
  { "year", &(const CpSchema) { CP_SCHEMA_INT, .min = 2000, .max = 2100 }, FALSE },
  { "status", &(const CpSchema) { CP_SCHEMA_ENUM, .values = holiday_year_statuses }, FALSE },
  { "notice", &source_ref_or_unknown, FALSE },
  { "holidays", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &holiday_s }, FALSE },
  { "days_off", &count_or_unknown, FALSE },
  { "make_up_total", &count_or_unknown, FALSE },
  SOURCE_MEMBERS,
  END
};
static const CpSchema holiday_year_s = { CP_SCHEMA_OBJECT, .members = holiday_year_members };
static const CpSchemaMember holidays_file_members[] = {
  { "years", &(const CpSchema) { CP_SCHEMA_ARRAY, .items = &holiday_year_s, .min = 1 }, FALSE },
  END
};
static const CpSchema holidays_file = { CP_SCHEMA_OBJECT, .members = holidays_file_members };

/* ---------- Lookup ---------- */

static const struct
{
  const char     *file_name;
  const CpSchema *schema;
} file_schemas[] = {
  { "pack.json", &pack_file },
  { "sources.json", &sources_file },
  { "regions.json", &regions_file },
  { "occupations.json", &occupations_file },
  { "levels.json", &levels_file },
  { "eligibility.json", &eligibility_file },
  { "subsidy.json", &subsidy_file },
  { "exams.json", &exams_file },
  { "courses.json", &courses_file },
  { "holidays.json", &holidays_file },
};

const CpSchema *
cp_policy_schema_for_file (const char *file_name)
{
  for (guint i = 0; i < G_N_ELEMENTS (file_schemas); i++)
    if (g_str_equal (file_schemas[i].file_name, file_name))
      return file_schemas[i].schema;
  return NULL;
}

const CpSchema *
cp_policy_schema_session (void)
{
  return &session_s;
}

const CpSchema *
cp_policy_schema_course (void)
{
  return &course_s;
}

const CpSchema *
cp_policy_schema_centre (void)
{
  return &centre_s;
}

const CpSchema *
cp_policy_schema_source (void)
{
  return &source_s;
}
