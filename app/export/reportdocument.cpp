#include "export/reportdocument.h"

#include "export/htmlwriter.h"
#include "export/reportoutline.h"

#include <QFont>
#include <QTextDocument>

namespace lede {

std::unique_ptr<QTextDocument> ReportDocument::create(const ExportSelection &selection, const ExportOptions &options)
{
    auto document = std::make_unique<QTextDocument>();
    // DejaVu ships with every desktop Linux and covers Latin, Greek, Cyrillic, Hebrew and Arabic;
    // fontconfig substitutes where it is missing.
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPointSizeF(10.5);
    font.setStyleHint(QFont::Serif);
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(QStringLiteral("h1, h2, h3, h4 { font-family: 'DejaVu Sans'; } blockquote { "
                                                  "font-style: italic; } .meta, .links { color: #555555; }"));
    document->setHtml(HtmlWriter(options).render(selection));
    document->setMetaInformation(QTextDocument::DocumentTitle, ReportOutline::title(selection, options.author));
    return document;
}

} // namespace lede
