// `gilsim exec FILE.py [ARGS...]` runs a bare program as `python3 FILE.py` would;
// `gilsim dis FILE.py` prints its bytecode.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/stdio_host.hpp"
#include "sim/lang/compiler.hpp"
#include "cli/settings_cli.hpp"
#include "sim/engine/machine.hpp"
#include "sim/lang/disasm.hpp"
#include "sim/vm/runtime.hpp"

namespace gs::cli {

namespace {

struct ExecOptions {
    std::string file;
    std::vector<std::string> args;
    std::string engine;
    std::vector<std::string> sets;
};

// Reads a program file; on failure prints why and returns false.
bool read_program(const std::string& file, std::string* path, std::string* text) {
    std::error_code ec;
    std::filesystem::path p = std::filesystem::absolute(file, ec);
    std::ifstream in(p, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "gilsim: can't open file '%s': [Errno 2] No such file or directory\n", p.c_str());
        return false;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    *path = p.lexically_normal().string();
    *text = ss.str();
    return true;
}

}  // namespace

Runner add_exec(CLI::App& app) {
    auto opts = std::make_shared<ExecOptions>();
    CLI::App* cmd = app.add_subcommand("exec", "Run a Python program as `python3 FILE.py` would");
    cmd->add_option("file", opts->file, "The program (.py)")->required();
    cmd->add_option("args", opts->args, "Arguments for the program (sys.argv[1:])");
    cmd->add_option("--engine", opts->engine, "virtual (the simulated machine, default) or native (real threads)")
        ->check(CLI::IsMember({"virtual", "native"}));
    cmd->add_option("--set", opts->sets, "Override a setting: section.key=value (e.g. interpreter.gil=py2,\n"
                                         "machine.cores=4, interpreter.switch_interval=1ms); repeatable")
        ->allow_extra_args(false);  // one value per --set, so that `--set K=V FILE` keeps FILE
    cmd->prefix_command(false);
    cmd->positionals_at_end(true);
    return [opts]() {
        std::string path, text;
        if (!read_program(opts->file, &path, &text)) return 2;
        RunOptions ro;
        std::string err;
        if (!apply_cli_settings(ro, opts->engine, opts->sets, &err)) {
            std::fprintf(stderr, "gilsim: %s\n", err.c_str());
            return 2;
        }
        ro.program = std::make_shared<Source>(path, text);
        ro.argv.push_back(opts->file);
        for (auto& a : opts->args) ro.argv.push_back(a);
        ro.output = [](int fd, std::string_view s) {
            if (fd == 2) std::fflush(stdout);
            std::fwrite(s.data(), 1, s.size(), fd == 2 ? stderr : stdout);
        };
        Trace trace;
        ro.trace = &trace;
        ro.exit_after_run = true;
        RunResult r = run_program(ro);
        if (const char* dump = std::getenv("GILSIM_DEBUG_TRACE")) {
            // Developer aid: the raw events as text.
            FILE* f = std::fopen(dump, "w");
            for (size_t i = 0; f && i < trace.size(); i++) {
                const TraceEvent& e = trace[i];
                const char* what = e.kind == EventKind::State ? state_name(e.state())
                                   : e.kind == EventKind::Lock ? lock_event_name(e.lock())
                                   : e.kind == EventKind::Core ? "core" : "thread";
                std::fprintf(f, "%12lld t%-3d %-14s other=%-3d core=%-3d %s\n", (long long)e.t, int(e.thread), what,
                             int(e.other), int(e.core), reason_text(e.reason));
            }
            if (f) std::fclose(f);
        }
        std::fflush(stdout);
        if (!r.error.empty()) std::fprintf(stderr, "gilsim: %s\n", r.error.c_str());
        return r.exit_code;
    };
}

Runner add_dis(CLI::App& app) {
    auto file = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand("dis", "Show the bytecode of a Python program, function by function");
    cmd->add_option("file", *file, "The program (.py)")->required();
    return [file]() {
        std::string path, text;
        if (!read_program(*file, &path, &text)) return 2;
        StdioHost host;
        Interp in(host);
        Thread main(in, "MainThread");
        CompileResult cr = compile_source(in, std::make_shared<Source>(path, text));
        if (auto* err = std::get_if<UserError>(&cr)) {
            std::fputs(err->render().c_str(), stderr);
            return 2;
        }
        std::fputs(disassemble(in, std::get<Code*>(cr)).c_str(), stdout);
        return 0;
    };
}

}  // namespace gs::cli
