// `gilsim check PATH...`: run scenarios and check each [expect]. Every run is
// independent (its own options, trace and interpreters), so they run in parallel; the
// lines come out in the sorted order of the files whatever order the runs finish in.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/scenario_cli.hpp"
#include "sim/scenario/scenario_run.hpp"

namespace gs::cli {

namespace fs = std::filesystem;

namespace {

struct CheckCmd {
    std::vector<std::string> paths;
    ScenarioOptions so;
    int jobs = 0;
    bool verbose = false;
};

// The files to check: each file as given, each folder's *.toml recursively, sorted.
std::vector<std::string> collect(const std::vector<std::string>& paths, std::vector<std::string>* missing) {
    std::vector<std::string> files;
    for (const std::string& p : paths) {
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            std::vector<std::string> found;
            for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::recursive_directory_iterator();
                 it.increment(ec))
                if (it->is_regular_file() && it->path().extension() == ".toml") found.push_back(it->path().string());
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else if (fs::exists(p, ec)) {
            files.push_back(p);
        } else {
            missing->push_back(p);
        }
    }
    return files;
}

struct Outcome {
    std::string text;     // the lines to print
    int passed = 0, failed = 0;
    bool bad = false;     // could not be loaded
    double seconds = 0;   // real time of the run
};

Outcome check_one(const std::string& file, const std::vector<std::string>& overrides, bool verbose) {
    Outcome out;
    ScenarioResult loaded = load_scenario(file, overrides);
    if (auto* err = std::get_if<ScenarioError>(&loaded)) {
        out.bad = true;
        out.text = "BAD  " + err->render() + "\n";
        return out;
    }
    const Scenario& sc = std::get<Scenario>(loaded);
    std::string err_text;
    auto start = std::chrono::steady_clock::now();
    ScenarioRun run = run_scenario(sc, [&](int fd, std::string_view s) {
        if (fd == 2) err_text += s;
    });
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const Report& r = run.report;
    auto pass = [&](const std::string& line) {
        out.passed++;
        out.text += "PASS " + line + "\n";
    };
    auto fail = [&](const std::string& line) {
        out.failed++;
        out.text += "FAIL " + line + "\n";
    };
    // Unless the scenario expects something about the exit itself, the program must
    // finish normally: a traceback is a failed check, not a quiet pass.
    bool expects_exit = std::any_of(sc.expect.begin(), sc.expect.end(),
                                    [](const Expectation& e) { return e.path == "exit_code" || e.path == "timed_out"; });
    if (!expects_exit && (r.exit_code != 0 || r.timed_out)) {
        std::string why = r.timed_out ? "the run hit run.time_limit" : !r.error.empty() ? r.error : "the program failed";
        fail(fmt::format("{} exit_code = {} (expected 0: {})", sc.name, r.exit_code, why));
        std::string tail = err_text.size() > 2000 ? "..." + err_text.substr(err_text.size() - 2000) : err_text;
        for (size_t pos = 0; pos < tail.size();) {
            size_t nl = tail.find('\n', pos);
            if (nl == std::string::npos) nl = tail.size();
            out.text += "       | " + tail.substr(pos, nl - pos) + "\n";
            pos = nl + 1;
        }
    }
    for (const Expectation& e : sc.expect) {
        std::string err;
        auto v = report_value(r, e.path, &err);
        if (!v) {
            fail(fmt::format("{} {}: {} ({})", sc.name, e.path, err, e.where));
            continue;
        }
        std::string shown = e.time ? format_seconds(*v) : format_number(*v);
        bool ok = e.holds(*v);
        std::string bound = e.describe_bound();
        if (!ok) {
            if (bound.rfind("within", 0) == 0) bound = "outside" + bound.substr(6);
            else if (bound.rfind("==", 0) == 0) bound = "!=" + bound.substr(2);
            else if (bound.rfind(">=", 0) == 0) bound = "< min " + bound.substr(3);
            else bound = "> max " + bound.substr(3);
        }
        std::string line = fmt::format("{} {} = {} {}", sc.name, e.path, shown, bound);
        if (ok) pass(line);
        else fail(line);
    }
    if (sc.expect.empty() && out.failed == 0)
        out.text += fmt::format("ok   {} (no [expect]; ran in {} simulated, exit 0)\n", sc.name, format_time(r.elapsed));
    if (verbose) out.text += fmt::format("     {} took {:.2f} s real time\n", sc.name, out.seconds);
    return out;
}

}  // namespace

Runner add_check(CLI::App& app) {
    auto o = std::make_shared<CheckCmd>();
    CLI::App* cmd = app.add_subcommand("check", "Run scenarios and check what each one's [expect] says");
    cmd->add_option("paths", o->paths, "Scenario files, or folders searched for *.toml recursively")->required();
    add_scenario_options(cmd, o->so);
    cmd->add_option("-j,--jobs", o->jobs, "How many scenarios run at once (default: the number of cores)")
        ->check(CLI::PositiveNumber);
    cmd->add_flag("-v,--verbose", o->verbose, "Also print how long each run took (real time)");
    cmd->footer(
        "One line per expectation with the measured value and its bound, then `N passed, M failed`.\n"
        "A scenario whose program raises fails unless its [expect] mentions exit_code.\n"
        "Exit status: 0 all passed, 3 a check failed, 2 a scenario could not be loaded.\n\n"
        "Examples:\n"
        "  gilsim check scenarios/\n"
        "  gilsim check scenarios/convoy.toml -j 1\n"
        "  gilsim check scenarios/ --set machine.cores=4     # do the lessons hold on 4 cores?\n\n"
        "Output:\n"
        "  PASS convoy metrics.rps = 116.1 <= 250\n"
        "  PASS convoy threads.server.gil_wait = 0.3482 s >= 0.15 s\n"
        "  FAIL convoy-1ms metrics.rps = 1620 outside [300, 1500]");
    return [o]() {
        std::vector<std::string> missing;
        std::vector<std::string> files = collect(o->paths, &missing);
        for (const std::string& m : missing) std::fprintf(stderr, "gilsim: no such file or folder: %s\n", m.c_str());
        if (!missing.empty()) return 2;
        if (files.empty()) {
            std::fprintf(stderr, "gilsim: no scenario files (*.toml) found\n");
            return 2;
        }
        auto start = std::chrono::steady_clock::now();
        std::vector<Outcome> outcomes(files.size());
        std::vector<std::string> overrides = o->so.overrides();
        int passed = 0, failed = 0, bad = 0;
        int jobs = o->jobs > 0 ? o->jobs : default_jobs();
        run_parallel(
            files.size(), jobs, [&](size_t i) { outcomes[i] = check_one(files[i], overrides, o->verbose); },
            [&](size_t i) {
                std::fputs(outcomes[i].text.c_str(), stdout);
                std::fflush(stdout);
                passed += outcomes[i].passed;
                failed += outcomes[i].failed;
                bad += outcomes[i].bad;
            });
        double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::fprintf(stderr, "checked %zu scenario%s in %.2f s (-j %d)\n", files.size(), files.size() == 1 ? "" : "s",
                     secs, jobs);
        if (bad) std::printf("%d scenario%s could not be loaded\n", bad, bad == 1 ? "" : "s");
        std::printf("%d passed, %d failed\n", passed, failed);
        std::fflush(stdout);
        return bad ? 2 : failed ? 3 : 0;
    };
}

}  // namespace gs::cli
