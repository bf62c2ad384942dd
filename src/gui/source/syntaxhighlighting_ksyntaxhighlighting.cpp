// SPDX-License-Identifier: GPL-3.0-or-later
// Highlighting with KDE's KSyntaxHighlighting (KF6): the language from the file name, KDE's default light
// or dark theme after the palette.
#include "source/syntaxhighlighting.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QPalette>
#include <QTextDocument>

namespace Dealscope {

namespace {

// One repository for the whole application: it reads every syntax definition and theme it knows of.
Q_GLOBAL_STATIC(KSyntaxHighlighting::Repository, repository)

} // namespace

class SyntaxHighlighting::Private
{
public:
    QString fileName;
    KSyntaxHighlighting::SyntaxHighlighter *highlighter = nullptr; ///< a child of the SyntaxHighlighting
};

SyntaxHighlighting::SyntaxHighlighting(QTextDocument *document) : QObject(document), d(std::make_unique<Private>())
{
    d->highlighter = new KSyntaxHighlighting::SyntaxHighlighter(this);
    d->highlighter->setDocument(document);
}

SyntaxHighlighting::~SyntaxHighlighting() = default;

SyntaxHighlighting *SyntaxHighlighting::attach(QTextDocument *document, const QString &fileName,
                                               const QPalette &palette)
{
    SyntaxHighlighting *highlighting = of(document);
    if (!highlighting)
        highlighting = new SyntaxHighlighting(document);
    // The theme first: setting the definition highlights the document, with the theme it finds.
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
    return QStringLiteral("KSyntaxHighlighting");
}

void SyntaxHighlighting::setFileName(const QString &fileName)
{
    d->fileName = fileName;
    const KSyntaxHighlighting::Definition definition = repository->definitionForFileName(fileName);
    if (definition != d->highlighter->definition())
        d->highlighter->setDefinition(definition);
}

QString SyntaxHighlighting::fileName() const
{
    return d->fileName;
}

void SyntaxHighlighting::setPalette(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    d->highlighter->setTheme(repository->defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                           : KSyntaxHighlighting::Repository::LightTheme));
    d->highlighter->rehighlight();
}

QString SyntaxHighlighting::languageName() const
{
    const KSyntaxHighlighting::Definition definition = d->highlighter->definition();
    return definition.isValid() ? definition.name() : QString();
}

} // namespace Dealscope
