/* cp-sheet-xml.h: what the XLSX and ODS readers share on top of libxml2
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/* Parses the entry @name of the archive (no network, no entities); NULL
 * with @error if it is missing and @required, or not XML. */
xmlDoc     *cp_sheet_xml_read      (GHashTable  *entries,
                                    const char  *name,
                                    gboolean     required,
                                    GError     **error);
/* The first child element of @node with the local name @name, after @after. */
xmlNode    *cp_sheet_xml_child     (xmlNode     *node,
                                    const char  *name);
xmlNode    *cp_sheet_xml_next      (xmlNode     *after,
                                    const char  *name);
/* An attribute by local name, whatever its namespace; g_free it. */
char       *cp_sheet_xml_attribute (xmlNode     *node,
                                    const char  *name);
gboolean    cp_sheet_xml_is        (xmlNode     *node,
                                    const char  *name);

/* Grows @record (GPtrArray of char *) to @column cells with empty ones. */
void        cp_sheet_pad_record    (GPtrArray   *record,
                                    guint        column);
GStrv       cp_sheet_end_record    (GPtrArray   *record);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

G_END_DECLS
