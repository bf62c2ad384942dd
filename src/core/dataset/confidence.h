// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Dealscope {

/// How well a statement is supported, with the fact sheet's codes:
/// A official text, B several independent reports agree, C one weak source or sources disagree,
/// X not verified. A range ("A/B") names the strongest and weakest support of a statement whose
/// parts are sourced differently.
class Confidence
{
public:
    enum class Level { A, B, C, X };

    Confidence() = default;
    explicit Confidence(Level level) : m_best(level), m_worst(level) { }
    Confidence(Level best, Level worst) : m_best(best), m_worst(worst) { }

    /// Parses "A", "B", "C", "X" or a range "A/B" whose first level is the stronger one.
    static std::optional<Confidence> parse(QStringView code);

    Level best() const { return m_best; }
    Level worst() const { return m_worst; }
    bool isRange() const { return m_best != m_worst; }
    /// True when nothing backs the statement: it must be shown as unknown.
    bool isUnverified() const { return m_best == Level::X; }

    QString code() const; ///< "A", "A/B", …

    friend bool operator==(const Confidence &, const Confidence &) = default;

private:
    Level m_best = Level::X;
    Level m_worst = Level::X;
};

QChar levelCode(Confidence::Level level);

} // namespace Dealscope
