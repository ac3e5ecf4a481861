// The subcommands of the gilsim executable. Each registers its options on the CLI11 app
// and returns the process exit status when run (cli.md: 0 ok, 1 uncaught exception,
// 2 bad usage or input, 3 failed expectation, 124 time limit).
#pragma once
#include <CLI/CLI.hpp>
#include <functional>

namespace gs::cli {

using Runner = std::function<int()>;

Runner add_exec(CLI::App& app);
Runner add_dis(CLI::App& app);
Runner add_run(CLI::App& app);     // run.cpp
Runner add_check(CLI::App& app);   // check.cpp
Runner add_sweep(CLI::App& app);   // sweep.cpp
Runner add_gui(CLI::App& app);     // gui.cpp

}  // namespace gs::cli
