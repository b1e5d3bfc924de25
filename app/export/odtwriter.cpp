#include "export/odtwriter.h"

#include "export/reportdocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace lede {

QByteArray OdtWriter::write(const ExportSelection &selection, QString *error) const
{
    const std::unique_ptr<QTextDocument> document = ReportDocument::create(selection, options());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
    if (!writer.write(document.get())) {
        *error = QCoreApplication::translate("lede::Export", "the OpenDocument text could not be written");
        return {};
    }
    return buffer.data();
}

} // namespace lede
