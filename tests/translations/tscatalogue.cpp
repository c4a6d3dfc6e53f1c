#include "tscatalogue.h"

#include <QFile>
#include <QXmlStreamReader>

namespace FundDesk::Tests {

namespace {

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            message.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            message.translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform") {
                        message.forms << xml.readElementText();
                    } else {
                        xml.skipCurrentElement();
                    }
                }
            } else {
                message.forms << xml.readElementText();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

} // namespace

TsCatalogue readTsCatalogue(const QString &path)
{
    TsCatalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    if (xml.readNextStartElement() && xml.name() == u"TS") {
        catalogue.language = xml.attributes().value(QLatin1String("language")).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() != u"context") {
                xml.skipCurrentElement();
                continue;
            }
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"name") {
                    context = xml.readElementText();
                } else if (xml.name() == u"message") {
                    catalogue.messages << readMessage(xml, context);
                } else {
                    xml.skipCurrentElement();
                }
            }
        }
    }
    if (xml.hasError()) {
        catalogue.error = QStringLiteral("%1 (line %2)").arg(xml.errorString()).arg(xml.lineNumber());
    }
    return catalogue;
}

} // namespace FundDesk::Tests
