#pragma once

// A benchmark's figure counts only when the machine was quiet while it ran: a 1-minute load average below
// 1.0 before and after. Every benchmark program prints the load on both sides and gives a verdict on its
// bars only through QuietMachine, which says "machine busy: not comparable" instead of "met" or "MISSED"
// when either load was too high.

#include <cstdio>

namespace Dealscope::Benchmark {

class QuietMachine
{
public:
    static constexpr double QuietBelow = 1.0;

    /// The 1-minute load average from /proc/loadavg, or -1 where it cannot be read.
    static double loadAverage()
    {
        double load = -1.0;
        if (std::FILE *file = std::fopen("/proc/loadavg", "r")) {
            if (std::fscanf(file, "%lf", &load) != 1)
                load = -1.0;
            std::fclose(file);
        }
        return load;
    }

    /// Reads and prints the load before the run.
    QuietMachine() : m_before(loadAverage()) { std::printf("load average before: %.2f\n", m_before); }

    /// The verdict on a bar, reading the load again: "met" or "MISSED" only on a quiet machine.
    const char *verdict(bool met) const
    {
        if (!quietNow())
            return "machine busy: not comparable";
        return met ? "met" : "MISSED";
    }

    /// Prints the load after the run and whether the figures above count; returns whether they do.
    bool printAfter() const
    {
        const double after = loadAverage();
        const bool quiet = isQuiet(m_before) && isQuiet(after);
        std::printf("load average after: %.2f; %s\n", after,
                    quiet ? "machine quiet: comparable" : "machine busy: not comparable");
        return quiet;
    }

private:
    static bool isQuiet(double load) { return load >= 0.0 && load < QuietBelow; }
    bool quietNow() const { return isQuiet(m_before) && isQuiet(loadAverage()); }

    double m_before;
};

} // namespace Dealscope::Benchmark
