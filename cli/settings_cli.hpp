// --engine and --set KEY=VALUE on the command line, through the settings table.
#pragma once
#include <string>
#include <vector>

#include "sim/engine/machine.hpp"

namespace gs::cli {

// Applies --engine (if not empty) and each --set; false with a message on a bad one.
bool apply_cli_settings(RunOptions& opts, const std::string& engine, const std::vector<std::string>& sets,
                        std::string* error);

}  // namespace gs::cli
