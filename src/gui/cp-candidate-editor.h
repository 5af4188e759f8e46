/* cp-candidate-editor.h: the form where a counsellor enters a candidate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cp-policy-pack.h"
#include "cp-profile.h"

G_BEGIN_DECLS

#define CP_TYPE_CANDIDATE_EDITOR (cp_candidate_editor_get_type ())
G_DECLARE_FINAL_TYPE (CpCandidateEditor, cp_candidate_editor, CP, CANDIDATE_EDITOR, AdwBin)

/* Shows @profile and writes every valid change back to it, then emits its
 * "changed" signal. */
void cp_candidate_editor_set_context (CpCandidateEditor *self,
                                      CpPolicyPack      *pack,
                                      CpProfile         *profile);

/* FALSE when a field holds text that is not a value (a date shown in red),
 * or the date of a list item typed but not added: @error names the first
 * such field by its title and says what is wrong, and the field takes the
 * focus. Such text never reaches the profile, so saving would lose it. */
gboolean cp_candidate_editor_check (CpCandidateEditor  *self,
                                    GError            **error);

/* Puts the cursor in Name, the form scrolled to its top: a new candidate
 * starts there. */
void     cp_candidate_editor_focus_name (CpCandidateEditor  *self);

G_END_DECLS
