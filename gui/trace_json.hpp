// Reading back a Chrome trace written by `gilsim run --trace` (sim/engine/chrome_trace),
// so that a run recorded by the CLI, with either engine, opens in the window. The JSON
// is turned back into trace events (state changes, acquire/release with hand-offs, drop
// requests, core switches), so the timeline has one input whatever the source.
#pragma once
#include <memory>
#include <optional>
#include <string>

#include "sim/engine/report.hpp"

namespace gs::gui {

struct LoadedTrace {
    std::unique_ptr<Trace> trace;
    Report report;       // names, elapsed time, engine and settings from the file
    std::string label;   // for the run's title
};

// Nullopt and *error on a file that cannot be read or is not a gilsim trace.
std::optional<LoadedTrace> load_chrome_trace(const std::string& path, std::string* error);

}  // namespace gs::gui
