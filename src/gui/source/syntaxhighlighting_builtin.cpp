// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in highlighter, for builds without KF6SyntaxHighlighting (Qt before 6.5, or the option OFF).
// It knows JSON and nothing else: keys, strings, numbers, literals and punctuation, in colours taken from
// the palette. Other files stay plain.
#include "source/syntaxhighlighting.h"
#include "widgets/colourmix.h"

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QTextDocument>

#include <algorithm>

namespace Dealscope {

namespace {

/// A colour of @p hue that reads well on the palette's base: light on a dark base, dark on a light one.
QColor accent(const QPalette &palette, int hue)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return QColor::fromHsl(hue, dark ? 160 : 200, dark ? 175 : 85);
}

/// JSON, one line at a time: a JSON string cannot span lines, so no state passes between blocks.
class JsonHighlighter : public QSyntaxHighlighter
{
public:
    explicit JsonHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) { }

    void setPalette(const QPalette &palette)
    {
        m_key.setForeground(accent(palette, 210));
        m_string.setForeground(accent(palette, 120));
        m_number.setForeground(accent(palette, 30));
        m_literal.setForeground(accent(palette, 290));
        m_literal.setFontWeight(QFont::Bold);
        m_punctuation.setForeground(mixColours(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.4));
    }

protected:
    void highlightBlock(const QString &text) override
    {
        const qsizetype length = text.size();
        qsizetype i = 0;
        while (i < length) {
            const QChar c = text.at(i);
            if (c == u'"') {
                const qsizetype start = i++;
                while (i < length && text.at(i) != u'"')
                    i += text.at(i) == u'\\' ? 2 : 1;
                i = std::min(i + 1, length);
                qsizetype next = i;
                while (next < length && text.at(next).isSpace())
                    ++next;
                const bool isKey = next < length && text.at(next) == u':';
                setFormat(int(start), int(i - start), isKey ? m_key : m_string);
            } else if (c == u'-' || c.isDigit()) {
                const qsizetype start = i++;
                while (i < length && (text.at(i).isDigit() || QStringView(u".eE+-").contains(text.at(i))))
                    ++i;
                setFormat(int(start), int(i - start), m_number);
            } else if (c.isLetter()) {
                const qsizetype start = i;
                while (i < length && text.at(i).isLetter())
                    ++i;
                const QStringView word = QStringView(text).mid(start, i - start);
                if (word == u"true" || word == u"false" || word == u"null")
                    setFormat(int(start), int(i - start), m_literal);
            } else {
                if (QStringView(u"{}[],:").contains(c))
                    setFormat(int(i), 1, m_punctuation);
                ++i;
            }
        }
    }

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_punctuation;
};

bool isJson(const QString &fileName)
{
    return fileName.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
}

} // namespace

class SyntaxHighlighting::Private
{
public:
    QTextDocument *document = nullptr;
    QString fileName;
    QPalette palette;
    JsonHighlighter *highlighter = nullptr; ///< only while the file is JSON; a child of the document
};

SyntaxHighlighting::SyntaxHighlighting(QTextDocument *document) : QObject(document), d(std::make_unique<Private>())
{
    d->document = document;
}

SyntaxHighlighting::~SyntaxHighlighting() = default;

SyntaxHighlighting *SyntaxHighlighting::attach(QTextDocument *document, const QString &fileName,
                                               const QPalette &palette)
{
    SyntaxHighlighting *highlighting = of(document);
    if (!highlighting)
        highlighting = new SyntaxHighlighting(document);
    highlighting->setPalette(palette);
    highlighting->setFileName(fileName);
    return highlighting;
}

SyntaxHighlighting *SyntaxHighlighting::of(const QTextDocument *document)
{
    return document ? document->findChild<SyntaxHighlighting *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

QString SyntaxHighlighting::backendName()
{
    return QStringLiteral("builtin");
}

void SyntaxHighlighting::setFileName(const QString &fileName)
{
    d->fileName = fileName;
    if (isJson(fileName) && !d->highlighter) {
        d->highlighter = new JsonHighlighter(nullptr);
        d->highlighter->setParent(this);
        d->highlighter->setPalette(d->palette);
        d->highlighter->setDocument(d->document);
        d->highlighter->rehighlight();
    } else if (!isJson(fileName) && d->highlighter) {
        delete d->highlighter; // QSyntaxHighlighter's destructor removes its formats from the document
        d->highlighter = nullptr;
    }
}

QString SyntaxHighlighting::fileName() const
{
    return d->fileName;
}

void SyntaxHighlighting::setPalette(const QPalette &palette)
{
    d->palette = palette;
    if (d->highlighter) {
        d->highlighter->setPalette(palette);
        d->highlighter->rehighlight();
    }
}

QString SyntaxHighlighting::languageName() const
{
    return d->highlighter ? QStringLiteral("JSON") : QString();
}

} // namespace Dealscope
