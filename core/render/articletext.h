// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes a source document back in the plain article format it was imported from ("= Title =", the infobox
// as "- Key: Value" lines, "== Section ==" headings, [[id|label]] links), for the source view.
#include <core/model/sourcedocument.h>

namespace tkb {

class ArticleText
{
public:
    static QString toMarkup(const SourceDocument &doc);
};

} // namespace tkb
