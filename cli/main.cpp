// gilsim: simulate Python's interpreter locks. Subcommands are set up in their own files.
#include <cstdio>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
    CLI::App app{"gilsim: run Python programs under simulated interpreter locks (GIL, GVL) and see why\n"
                 "threads behave as they do.",
                 "gilsim"};
    app.set_version_flag("--version", "gilsim " GILSIM_VERSION);
    app.require_subcommand(1);
    app.footer("Run `gilsim COMMAND --help` for a command's options. Exit status: 0 ok, 1 the program raised,\n"
               "2 bad usage or input, 3 a check failed, 124 time limit.");
    std::vector<std::pair<CLI::App*, gs::cli::Runner>> cmds;
    gs::cli::Runner exec = gs::cli::add_exec(app);
    gs::cli::Runner dis = gs::cli::add_dis(app);
    gs::cli::Runner run = gs::cli::add_run(app);
    gs::cli::Runner check = gs::cli::add_check(app);
    gs::cli::Runner sweep = gs::cli::add_sweep(app);
    gs::cli::Runner gui = gs::cli::add_gui(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? 0 : 2;
    }
    if (app.got_subcommand("exec")) return exec();
    if (app.got_subcommand("dis")) return dis();
    if (app.got_subcommand("run")) return run();
    if (app.got_subcommand("check")) return check();
    if (app.got_subcommand("sweep")) return sweep();
    if (app.got_subcommand("gui")) return gui();
    return 2;
}
