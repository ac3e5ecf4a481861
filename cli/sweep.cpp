// `gilsim sweep SCENARIO --vary K=V1,V2 --metric M`: one run per combination of the
// varied settings (the cross product), in parallel; a table of the metrics, and CSV.
#include <cstdio>
#include <fmt/format.h>
#include <fstream>
#include <unistd.h>

#include "cli/commands.hpp"
#include "cli/scenario_cli.hpp"
#include "sim/scenario/scenario_run.hpp"

namespace gs::cli {

namespace {

struct SweepCmd {
    std::string file;
    ScenarioOptions so;
    std::vector<std::string> vary;
    std::vector<std::string> metrics;
    std::string csv;
    int jobs = 0;
};

struct Axis {
    std::string key;
    std::vector<std::string> values;
};

struct Cell {
    std::vector<std::optional<double>> values;
    int exit_code = 0;
    bool timed_out = false;
    std::string error;
};

void progress_bar(size_t done, size_t total) {
    constexpr int kWidth = 30;
    int filled = total ? int(done * kWidth / total) : kWidth;
    std::string bar;
    for (int i = 0; i < kWidth; i++) bar += i < filled ? "█" : "░";
    std::fprintf(stderr, "\r%s %zu/%zu runs", bar.c_str(), done, total);
    if (done == total) std::fputs("\n", stderr);
    std::fflush(stderr);
}

std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string q = "\"";
    for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

}  // namespace

Runner add_sweep(CLI::App& app) {
    auto o = std::make_shared<SweepCmd>();
    CLI::App* cmd = app.add_subcommand("sweep", "Run a scenario over a grid of settings and tabulate metrics");
    cmd->add_option("scenario", o->file, "The scenario file (.toml)")->required();
    cmd->add_option("--vary", o->vary, "A key and its values: section.key=V1,V2,... (repeatable: the cross product)")
        ->allow_extra_args(false)
        ->required();
    cmd->add_option("--metric", o->metrics, "A report path to tabulate, like elapsed, gil.switches or metrics.rps\n"
                                            "(repeatable)")
        ->allow_extra_args(false)
        ->required();
    cmd->add_option("--csv", o->csv, "Also write the table as CSV to this file");
    cmd->add_option("-j,--jobs", o->jobs, "How many runs at once (default: the number of cores)")->check(CLI::PositiveNumber);
    add_scenario_options(cmd, o->so);
    cmd->footer(
        "Each combination is one run of the scenario with the values applied as --set. Times are in\n"
        "seconds. Exit status: 0, 2 bad input, or the first failing run's status.\n\n"
        "Examples:\n"
        "  gilsim sweep scenarios/convoy.toml --vary interpreter.switch_interval=100us,1ms,5ms,20ms \\\n"
        "      --metric metrics.rps --metric gil.switches\n"
        "  gilsim sweep scenarios/countdown-py2-2cores.toml --vary interpreter.gil=py2,py3 \\\n"
        "      --vary machine.cores=1,2,4 --metric metrics.ratio2 --metric metrics.ratio4 --csv countdown.csv");
    return [o]() {
        std::vector<Axis> axes;
        for (const std::string& v : o->vary) {
            size_t eq = v.find('=');
            if (eq == std::string::npos || eq == 0 || eq + 1 == v.size()) {
                std::fprintf(stderr, "--vary %s: error: expected section.key=V1,V2,..., like machine.cores=1,2,4\n",
                             v.c_str());
                return 2;
            }
            Axis a{v.substr(0, eq), {}};
            std::string rest = v.substr(eq + 1);
            for (size_t pos = 0; pos <= rest.size();) {
                size_t comma = rest.find(',', pos);
                if (comma == std::string::npos) comma = rest.size();
                a.values.push_back(rest.substr(pos, comma - pos));
                pos = comma + 1;
            }
            axes.push_back(a);
        }
        for (const std::string& m : o->metrics) {
            bool is_time;
            std::string e = check_report_path(m, &is_time);
            if (!e.empty()) {
                std::fprintf(stderr, "--metric %s: error: %s\n", m.c_str(), e.c_str());
                return 2;
            }
        }
        // Every combination, the last axis varying fastest; each loaded (and so checked)
        // before anything runs.
        size_t total = 1;
        for (const Axis& a : axes) total *= a.values.size();
        std::vector<std::vector<std::string>> combos(total);
        std::vector<Scenario> scenarios;
        std::vector<std::string> base = o->so.overrides();
        for (size_t i = 0; i < total; i++) {
            size_t k = i;
            std::vector<std::string> sets = base;
            combos[i].resize(axes.size());
            for (size_t a = axes.size(); a-- > 0;) {
                combos[i][a] = axes[a].values[k % axes[a].values.size()];
                k /= axes[a].values.size();
            }
            for (size_t a = 0; a < axes.size(); a++) sets.push_back(axes[a].key + "=" + combos[i][a]);
            ScenarioResult loaded = load_scenario(o->file, sets);
            if (auto* err = std::get_if<ScenarioError>(&loaded)) {
                ScenarioError e = *err;
                if (e.where.rfind("--set ", 0) == 0 && e.where.size() > 6) {
                    std::string kv = e.where.substr(6);
                    for (const Axis& ax : axes)
                        if (kv.rfind(ax.key + "=", 0) == 0) e.where = "--vary " + kv;
                }
                std::fprintf(stderr, "%s\n", e.render().c_str());
                return 2;
            }
            scenarios.push_back(std::move(std::get<Scenario>(loaded)));
        }
        // The CSV file is opened before the runs, so that a bad path fails at once.
        std::ofstream csv;
        if (!o->csv.empty()) {
            csv.open(o->csv);
            if (!csv) {
                std::fprintf(stderr, "--csv %s: error: cannot write this file\n", o->csv.c_str());
                return 2;
            }
        }
        std::vector<Cell> cells(total);
        bool tty = isatty(fileno(stderr));
        int jobs = o->jobs > 0 ? o->jobs : default_jobs();
        if (tty) progress_bar(0, total);
        run_parallel(
            total, jobs,
            [&](size_t i) {
                ScenarioRun run = run_scenario(scenarios[i]);
                Cell& c = cells[i];
                c.exit_code = run.result.exit_code;
                c.timed_out = run.result.timed_out;
                c.error = run.result.error;
                for (const std::string& m : o->metrics) {
                    std::string err;
                    c.values.push_back(report_value(run.report, m, &err));
                }
            },
            [](size_t) {}, [&](size_t done) {
                if (tty) progress_bar(done, total);
            });

        // The table: one column per axis, then per metric, then a note for failed runs.
        std::vector<std::string> header;
        for (const Axis& a : axes) header.push_back(a.key);
        for (const std::string& m : o->metrics) header.push_back(m);
        std::vector<std::vector<std::string>> rows;
        int status = 0;
        bool any_note = false;
        for (size_t i = 0; i < total; i++) {
            std::vector<std::string> row = combos[i];
            for (auto& v : cells[i].values) row.push_back(v ? format_number(*v) : "-");
            std::string note;
            if (cells[i].timed_out) note = "time limit";
            else if (cells[i].exit_code != 0) note = fmt::format("exit {}{}", cells[i].exit_code,
                                                                 cells[i].error.empty() ? "" : ": " + cells[i].error);
            if (!note.empty()) {
                any_note = true;
                if (status == 0) status = cells[i].timed_out ? 124 : cells[i].exit_code;
            }
            row.push_back(note);
            rows.push_back(row);
        }
        std::vector<size_t> width(header.size() + 1, 0);
        for (size_t c = 0; c < header.size(); c++) width[c] = header[c].size();
        for (auto& row : rows)
            for (size_t c = 0; c < row.size(); c++) width[c] = std::max(width[c], row[c].size());
        auto print_row = [&](const std::vector<std::string>& row) {
            std::string line;
            for (size_t c = 0; c < header.size(); c++)
                line += c < axes.size() ? fmt::format("{:<{}}  ", row[c], width[c]) : fmt::format("{:>{}}  ", row[c], width[c]);
            if (any_note && row.size() > header.size()) line += row.back();
            while (!line.empty() && line.back() == ' ') line.pop_back();
            std::printf("%s\n", line.c_str());
        };
        print_row(header);
        for (auto& row : rows) print_row(row);
        if (csv.is_open()) {
            std::ofstream& f = csv;
            for (size_t c = 0; c < header.size(); c++) f << (c ? "," : "") << csv_field(header[c]);
            f << ",exit_code\n";
            for (size_t i = 0; i < total; i++) {
                for (size_t a = 0; a < axes.size(); a++) f << (a ? "," : "") << csv_field(combos[i][a]);
                for (auto& v : cells[i].values) f << "," << (v ? fmt::format("{:.9g}", *v) : "");
                f << "," << (cells[i].timed_out ? 124 : cells[i].exit_code) << "\n";
            }
            f.close();
            if (!f) {
                std::fprintf(stderr, "gilsim: writing %s failed\n", o->csv.c_str());
                return 2;
            }
        }
        return status;
    };
}

}  // namespace gs::cli
