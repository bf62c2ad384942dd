// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QPalette;
class QTextDocument;

namespace Dealscope {

/// Syntax highlighting for one text document, whichever highlighter the build uses.
///
/// CMake chooses the implementation (option DEALSCOPE_SYNTAX_HIGHLIGHTING): KDE's KSyntaxHighlighting
/// when KF6SyntaxHighlighting is found, which knows hundreds of languages and follows KDE's themes, or
/// else a small built-in highlighter that knows JSON only and leaves other files plain. Callers see no
/// difference: attach a highlighting to a document, and pass the palette on when it changes.
///
/// The object is a child of the document and dies with it.
class SyntaxHighlighting : public QObject
{
    Q_OBJECT

public:
    /// Highlights @p document as a file named @p fileName (its name picks the language), in colours that
    /// suit @p palette (a dark or a light theme, after the palette's base colour). A document has at most
    /// one highlighting: attaching again changes the existing one and returns it.
    static SyntaxHighlighting *attach(QTextDocument *document, const QString &fileName, const QPalette &palette);
    /// The highlighting attached to @p document, or nullptr.
    static SyntaxHighlighting *of(const QTextDocument *document);
    /// The highlighter this build uses: "KSyntaxHighlighting" or "builtin".
    static QString backendName();

    ~SyntaxHighlighting() override;

    /// Chooses the language from @p fileName and highlights the document again.
    void setFileName(const QString &fileName);
    QString fileName() const;
    /// Chooses colours for @p palette and highlights the document again.
    void setPalette(const QPalette &palette);
    /// The language in use, such as "JSON"; empty when the file name matches no known language.
    QString languageName() const;

private:
    explicit SyntaxHighlighting(QTextDocument *document);

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Dealscope
