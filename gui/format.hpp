// Times as people read them in the window: "12.35 ms", "850 us", "1.234 s". Time is an
// int64 of nanoseconds until here.
#pragma once
#include <fmt/format.h>

#include <cmath>
#include <string>

#include "sim/core/time.hpp"

namespace gs::gui {

inline std::string fmt_time(Nanos ns) {
    double a = std::fabs(double(ns));
    if (a >= 1e9) return fmt::format("{:.4g} s", double(ns) / 1e9);
    if (a >= 1e6) return fmt::format("{:.4g} ms", double(ns) / 1e6);
    if (a >= 1e3) return fmt::format("{:.4g} us", double(ns) / 1e3);
    return fmt::format("{} ns", ns);
}

// A ruler label: t in the unit of the tick step, with just the decimals the step needs.
inline std::string fmt_tick(Nanos t, Nanos step) {
    const char* unit = "ns";
    double div = 1;
    if (step >= 1'000'000'000) unit = "s", div = 1e9;
    else if (step >= 1'000'000) unit = "ms", div = 1e6;
    else if (step >= 1'000) unit = "us", div = 1e3;
    double s = double(step) / div;
    int decimals = s >= 1 ? 0 : int(std::ceil(-std::log10(s) - 1e-9));
    return fmt::format("{:.{}f} {}", double(t) / div, decimals, unit);
}

// Text from a TOML multi-line string, for wrapping: single line breaks become spaces,
// blank lines stay paragraph breaks.
inline std::string reflow(const std::string& text) {
    std::string out;
    for (size_t i = 0; i < text.size(); i++) {
        char c = text[i];
        if (c == '\n') {
            bool blank = i + 1 < text.size() && text[i + 1] == '\n';
            if (blank) {
                out += "\n\n";
                while (i + 1 < text.size() && text[i + 1] == '\n') i++;
            } else if (!out.empty() && out.back() != ' ') {
                out += ' ';
            }
            continue;
        }
        out += c;
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
    return out;
}

}  // namespace gs::gui
