// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// talysh-kb-cli's export-pdf: one section of the knowledge base to a PDF file, laid out as the options say.
#include <core/export/exportoptions.h>

#include <optional>

namespace tkb {

class CliContext;

class ExportPdfCommand
{
public:
    static int run(CliContext &ctx);

private:
    /// The layout from --locale, --page-size, --landscape, --rtl, --no-citations, --no-summaries; nullopt
    /// after reporting an unknown page size.
    static std::optional<ExportOptions> options(const CliContext &ctx);
};

} // namespace tkb
