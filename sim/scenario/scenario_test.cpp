// Loading scenarios: defaults, every kind of mistake (each with file:line:col and what
// would be right), --set overrides parsed like the file, and [expect] entries.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "sim/scenario/scenario.hpp"

using namespace gs;

namespace {

const char* kMinimal = "[scenario]\nname = \"t\"\nsource = \"print(1)\"\n";

Scenario ok(std::string_view text, const std::vector<std::string>& sets = {}) {
    ScenarioResult r = parse_scenario(text, "/tmp/s.toml", sets);
    if (auto* e = std::get_if<ScenarioError>(&r)) FAIL(e->render());
    return std::get<Scenario>(r);
}

ScenarioError bad(std::string_view text, const std::vector<std::string>& sets = {}) {
    ScenarioResult r = parse_scenario(text, "/tmp/s.toml", sets);
    REQUIRE(std::holds_alternative<ScenarioError>(r));
    return std::get<ScenarioError>(r);
}

}  // namespace

TEST_CASE("a scenario with only a name and a program gets every default", "[scenario]") {
    Scenario s = ok(kMinimal);
    CHECK(s.name == "t");
    CHECK(s.program->text == "print(1)");
    CHECK(s.options.machine.cores == 2);
    CHECK(s.options.machine.instruction_cost == 25);
    CHECK(s.options.machine.context_switch == 2'000);
    CHECK(s.options.machine.wakeup_latency == 8'000);
    CHECK(s.options.machine.time_slice == 4'000'000);
    CHECK(s.options.machine.syscall_cost == 1'000);
    CHECK(s.options.machine.thread_start == 100'000);
    CHECK(s.options.machine.process_start == 50'000'000);
    CHECK(s.options.policy.name == "py3");
    CHECK(s.options.policy.interval == 5'000'000);
    CHECK(s.options.policy.check_interval == 100);
    CHECK_FALSE(s.options.policy.every_instruction);
    CHECK(s.options.engine == EngineKind::Virtual);
    CHECK(s.options.seed == 1);
    CHECK(s.options.time_limit == 60'000'000'000);
    CHECK(s.expect.empty());
}

TEST_CASE("every key of the spec is read", "[scenario]") {
    Scenario s = ok(R"(
[scenario]
name = "convoy-2"
title = "T"
description = """D"""
source = "pass"
argv = ["200", 7]
[machine]
cores = 4
instruction_cost = "30ns"
context_switch = "3us"
wakeup_latency = "20us"
time_slice = "10ms"
syscall_cost = "2us"
thread_start = "50us"
process_start = "10ms"
[interpreter]
gil = "py2"
switch_interval = "1ms"
check_interval = 50
eval_breaker = "every-instruction"
[run]
engine = "virtual"
seed = 7
time_limit = "2s"
)");
    CHECK(s.title == "T");
    CHECK(s.description == "D");
    CHECK(s.argv == std::vector<std::string>{"200", "7"});
    CHECK(s.options.argv == std::vector<std::string>{"<scenario convoy-2>", "200", "7"});
    CHECK(s.options.machine.cores == 4);
    CHECK(s.options.machine.instruction_cost == 30);
    CHECK(s.options.machine.context_switch == 3'000);
    CHECK(s.options.machine.wakeup_latency == 20'000);
    CHECK(s.options.machine.time_slice == 10'000'000);
    CHECK(s.options.machine.syscall_cost == 2'000);
    CHECK(s.options.machine.thread_start == 50'000);
    CHECK(s.options.machine.process_start == 10'000'000);
    CHECK(s.options.policy.name == "py2");
    CHECK(s.options.policy.interval == 1'000'000);
    CHECK(s.options.policy.check_interval == 50);
    CHECK(s.options.policy.every_instruction);
    CHECK(s.options.seed == 7);
    CHECK(s.options.time_limit == 2'000'000'000);
}

TEST_CASE("the switch interval defaults to the policy's own", "[scenario]") {
    auto with = [](const char* gil) {
        return ok(std::string(kMinimal) + "[interpreter]\ngil = \"" + gil + "\"\n").options.policy.interval;
    };
    CHECK(with("py3") == 5'000'000);
    CHECK(with("ruby") == 100'000'000);
    CHECK(with("bfs") == 10'000'000);
    // Given explicitly, it wins, from the file or from --set.
    CHECK(ok(std::string(kMinimal) + "[interpreter]\ngil = \"ruby\"\nswitch_interval = \"5ms\"\n").options.policy.interval ==
          5'000'000);
    CHECK(ok(kMinimal, {"interpreter.gil=ruby", "interpreter.switch_interval=20ms"}).options.policy.interval == 20'000'000);
}

TEST_CASE("mistakes name the file, line and column, and what would be right", "[scenario][errors]") {
    SECTION("not TOML") {
        ScenarioError e = bad("[scenario\nname = 1\n");
        CHECK(e.where == "/tmp/s.toml:1:10");
        CHECK_THAT(e.message, Catch::Contains("not valid TOML"));
    }
    SECTION("an unknown key lists the valid ones and the closest") {
        ScenarioError e = bad(std::string(kMinimal) + "[machine]\ncorse = 4\n");
        CHECK(e.where == "/tmp/s.toml:5:1");
        CHECK_THAT(e.message, Catch::Contains("unknown key 'corse' in [machine]"));
        CHECK_THAT(e.message, Catch::Contains("did you mean 'cores'?"));
        CHECK_THAT(e.message, Catch::Contains("cores, instruction_cost, context_switch"));
    }
    SECTION("an unknown section") {
        ScenarioError e = bad(std::string(kMinimal) + "[machin]\ncores = 4\n");
        CHECK(e.where == "/tmp/s.toml:4:2");
        CHECK_THAT(e.message, Catch::Contains("unknown section [machin] (did you mean [machine]?)"));
    }
    SECTION("a key outside any section") {
        ScenarioError e = bad(std::string("cores = 4\n") + kMinimal);
        CHECK(e.where == "/tmp/s.toml:1:1");
        CHECK_THAT(e.message, Catch::Contains("outside any section"));
    }
    SECTION("a bare number for a duration") {
        ScenarioError e = bad(std::string(kMinimal) + "[interpreter]\nswitch_interval = 5\n");
        CHECK(e.where == "/tmp/s.toml:5:19");
        CHECK_THAT(e.message, Catch::Contains("interpreter.switch_interval"));
        CHECK_THAT(e.message, Catch::Contains("a bare number is ambiguous"));
        CHECK_THAT(e.message, Catch::Contains("\"5ms\""));
    }
    SECTION("a duration without a known unit") {
        ScenarioError e = bad(std::string(kMinimal) + "[machine]\ntime_slice = \"4 parsecs\"\n");
        CHECK_THAT(e.message, Catch::Contains("expected a duration like \"250ns\", \"20us\", \"5ms\" or \"1.5s\""));
    }
    SECTION("a count given as a string") {
        ScenarioError e = bad(std::string(kMinimal) + "[machine]\ncores = \"4\"\n");
        CHECK(e.where == "/tmp/s.toml:5:9");
        CHECK_THAT(e.message, Catch::Contains("machine.cores is a count: write it without quotes, like cores = 4"));
    }
    SECTION("a count out of range") {
        ScenarioError e = bad(std::string(kMinimal) + "[machine]\ncores = 0\n");
        CHECK_THAT(e.message, Catch::Contains("machine.cores must be between 1 and 64"));
    }
    SECTION("a choice that is not one of the choices") {
        ScenarioError e = bad(std::string(kMinimal) + "[interpreter]\ngil = \"py4\"\n");
        CHECK(e.where == "/tmp/s.toml:5:7");
        CHECK_THAT(e.message, Catch::Contains("expected one of py2, py3, py3-prio, bfs, ruby, none; got \"py4\""));
    }
    SECTION("a name that is not [a-z0-9_-]+") {
        ScenarioError e = bad("[scenario]\nname = \"Convoy Effect\"\nsource = \"pass\"\n");
        CHECK(e.where == "/tmp/s.toml:2:8");
        CHECK_THAT(e.message, Catch::Contains("[a-z0-9_-]+"));
    }
    SECTION("no name") {
        ScenarioError e = bad("[scenario]\nsource = \"pass\"\n");
        CHECK_THAT(e.message, Catch::Contains("has no name"));
    }
    SECTION("no program, or two") {
        CHECK_THAT(bad("[scenario]\nname = \"x\"\n").message, Catch::Contains("has no program"));
        ScenarioError e = bad("[scenario]\nname = \"x\"\nsource = \"pass\"\nprogram = \"x.py\"\n");
        CHECK_THAT(e.message, Catch::Contains("both given"));
    }
    SECTION("a missing program file gives the resolved path") {
        ScenarioError e = bad("[scenario]\nname = \"x\"\nprogram = \"../nowhere/x.py\"\n");
        CHECK(e.where == "/tmp/s.toml:3:11");
        CHECK_THAT(e.message, Catch::Contains("program file not found: /nowhere/x.py"));
    }
    SECTION("argv of the wrong type") {
        ScenarioError e = bad(std::string(kMinimal) + "argv = [[1]]\n");
        CHECK_THAT(e.message, Catch::Contains("scenario.argv: expected a list of strings"));
    }
}

TEST_CASE("program paths are relative to the scenario file", "[scenario]") {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / "gilsim_scenario_test";
    fs::create_directories(dir / "progs");
    std::ofstream(dir / "progs" / "p.py") << "print('hi')\n";
    std::ofstream(dir / "s.toml") << "[scenario]\nname = \"rel\"\nprogram = \"progs/p.py\"\nargv = \"one\"\n";
    ScenarioResult r = load_scenario((dir / "s.toml").string());
    REQUIRE(std::holds_alternative<Scenario>(r));
    const Scenario& s = std::get<Scenario>(r);
    CHECK(s.program->path == (dir / "progs" / "p.py").string());
    CHECK(s.program->text == "print('hi')\n");
    CHECK(s.options.argv == std::vector<std::string>{"progs/p.py", "one"});
    ScenarioResult missing = load_scenario((dir / "nope.toml").string());
    REQUIRE(std::holds_alternative<ScenarioError>(missing));
    CHECK_THAT(std::get<ScenarioError>(missing).message, Catch::Contains("cannot read the scenario file"));
    fs::remove_all(dir);
}

TEST_CASE("--set is parsed like the file", "[scenario][set]") {
    Scenario s = ok(kMinimal, {"machine.cores=4", "interpreter.switch_interval=1ms", "interpreter.gil=py2",
                               "run.seed=9", "scenario.argv=[\"a\", \"b\"]", "scenario.title=Hello world"});
    CHECK(s.options.machine.cores == 4);
    CHECK(s.options.policy.interval == 1'000'000);
    CHECK(s.options.policy.name == "py2");
    CHECK(s.options.seed == 9);
    CHECK(s.argv == std::vector<std::string>{"a", "b"});
    CHECK(s.title == "Hello world");
    // A quoted TOML string works as well as a bare one.
    CHECK(ok(kMinimal, {"interpreter.switch_interval=\"2ms\""}).options.policy.interval == 2'000'000);
    // The command line wins over the file.
    CHECK(ok(std::string(kMinimal) + "[machine]\ncores = 1\n", {"machine.cores=3"}).options.machine.cores == 3);

    SECTION("the same errors, located at the --set") {
        ScenarioError e = bad(kMinimal, {"interpreter.switch_interval=5"});
        CHECK(e.where == "--set interpreter.switch_interval=5");
        CHECK_THAT(e.message, Catch::Contains("a bare number is ambiguous"));
        e = bad(kMinimal, {"machine.cores=four"});
        CHECK(e.where == "--set machine.cores=four");
        CHECK_THAT(e.message, Catch::Contains("expected a whole number"));
        e = bad(kMinimal, {"machine.coers=4"});
        CHECK_THAT(e.message, Catch::Contains("did you mean 'cores'?"));
        e = bad(kMinimal, {"machin.cores=4"});
        CHECK_THAT(e.message, Catch::Contains("unknown section 'machin' (did you mean 'machine'?)"));
        e = bad(kMinimal, {"cores=4"});
        CHECK_THAT(e.message, Catch::Contains("expected section.key=value"));
        e = bad(kMinimal, {"interpreter.gil=py4"});
        CHECK_THAT(e.message, Catch::Contains("expected one of"));
    }
    SECTION("an [expect] entry") {
        Scenario x = ok(kMinimal, {"expect.metrics.rps={ min = 100 }"});
        REQUIRE(x.expect.size() == 1);
        CHECK(x.expect[0].path == "metrics.rps");
        CHECK(*x.expect[0].min == 100);
        CHECK(x.expect[0].where == "--set expect.metrics.rps={ min = 100 }");
    }
}

TEST_CASE("[expect] entries: numbers, bounds, durations", "[scenario][expect]") {
    Scenario s = ok(std::string(kMinimal) + R"(
[expect]
"threads.io.elapsed" = { min = "400ms", max = "700ms" }
"metrics.rps" = { max = 200 }
"gil.forced_switches" = { min = 10 }
"exit_code" = 0
"metrics.delay" = { max = "2ms" }
"elapsed" = { max = 1.5 }
)");
    REQUIRE(s.expect.size() == 6);
    // File order, not the TOML table's sorted order.
    CHECK(s.expect[0].path == "threads.io.elapsed");
    CHECK(s.expect[0].time);
    CHECK(*s.expect[0].min == Approx(0.4));
    CHECK(*s.expect[0].max == Approx(0.7));
    CHECK(s.expect[0].where == "/tmp/s.toml:6:24");
    CHECK(s.expect[0].describe_bound() == "within [0.4 s, 0.7 s]");
    CHECK(s.expect[0].holds(0.412));
    CHECK_FALSE(s.expect[0].holds(0.8));
    CHECK(s.expect[1].path == "metrics.rps");
    CHECK_FALSE(s.expect[1].time);
    CHECK(s.expect[1].describe_bound() == "<= 200");
    CHECK(s.expect[2].describe_bound() == ">= 10");
    CHECK(s.expect[3].exact);
    CHECK(s.expect[3].describe_bound() == "== 0");
    CHECK(s.expect[3].holds(0));
    CHECK_FALSE(s.expect[3].holds(1));
    // A duration bound makes a metric a time in seconds.
    CHECK(s.expect[4].time);
    CHECK(*s.expect[4].max == Approx(0.002));
    CHECK(s.expect[5].time);
    CHECK(*s.expect[5].max == 1.5);

    SECTION("unquoted dotted keys are paths too") {
        Scenario d = ok(std::string(kMinimal) + "[expect]\ngil.switches = { min = 3 }\nthreads.client.io = \"2ms\"\n");
        REQUIRE(d.expect.size() == 2);
        CHECK(d.expect[0].path == "gil.switches");
        CHECK(*d.expect[0].min == 3);
        CHECK(d.expect[1].path == "threads.client.io");
        CHECK(d.expect[1].exact);
        CHECK(d.expect[1].time);
        CHECK_THAT(bad(std::string(kMinimal) + "[expect]\ngil.switchs = 3\n").message, Catch::Contains("did you mean"));
    }
    SECTION("mistakes") {
        auto with = [](const char* entry) { return bad(std::string(kMinimal) + "[expect]\n" + entry + "\n"); };
        CHECK_THAT(with("\"gil.switchs\" = 3").message, Catch::Contains("did you mean 'switches'?"));
        CHECK(with("\"gil.switchs\" = 3").where == "/tmp/s.toml:5:1");
        CHECK_THAT(with("\"threads.a.idle\" = 3").message, Catch::Contains("unknown thread field 'idle'"));
        CHECK_THAT(with("\"wallclock\" = 3").message, Catch::Contains("unknown report path"));
        CHECK_THAT(with("\"gil.switches\" = \"5ms\"").message, Catch::Contains("is not a time"));
        CHECK_THAT(with("\"elapsed\" = { min = \"5\" }").message, Catch::Contains("bare number"));
        CHECK_THAT(with("\"elapsed\" = { mni = 1 }").message, Catch::Contains("unknown bound 'mni'"));
        CHECK_THAT(with("\"elapsed\" = { min = 2, max = 1 }").message, Catch::Contains("greater than max"));
        CHECK_THAT(with("\"elapsed\" = {}").message, Catch::Contains("empty"));
        CHECK_THAT(with("\"elapsed\" = [1]").message, Catch::Contains("a bound is a number"));
        CHECK_THAT(with("\"processes.x.gil.switches\" = 1").message, Catch::Contains("processes.N.gil.FIELD"));
    }
}

TEST_CASE("scenario names", "[scenario]") {
    CHECK(valid_scenario_name("convoy"));
    CHECK(valid_scenario_name("convoy-1ms_2"));
    CHECK_FALSE(valid_scenario_name(""));
    CHECK_FALSE(valid_scenario_name("Convoy"));
    CHECK_FALSE(valid_scenario_name("con voy"));
    CHECK_FALSE(valid_scenario_name("convoy.1"));
}

TEST_CASE("a program with a syntax error is refused at load, located in the scenario", "[scenario]") {
    auto err = [](const std::string& text, const std::vector<std::string>& sets = {}) {
        ScenarioResult r = parse_scenario(text, "s.toml", sets);
        REQUIRE(std::holds_alternative<ScenarioError>(r));
        return std::get<ScenarioError>(r);
    };
    // Inline on one line: the column counts the key and the opening quote.
    ScenarioError one = err("[scenario]\nname = \"s\"\nsource = \"print(1\"\n");
    CHECK(one.where == "s.toml:3:16");  // the "(" after `source = "print`
    CHECK_THAT(one.message, Catch::Contains("SyntaxError: '(' was never closed"));
    // A multi-line string starting with a newline: program line 2 is file line 6.
    ScenarioError multi = err("[scenario]\nname = \"s\"\n\nsource = \"\"\"\nx = 1\nwhile x\n    x -= 1\n\"\"\"\n");
    CHECK(multi.where == "s.toml:6:8");
    CHECK_THAT(multi.message, Catch::Contains("nothing ran"));
    // From --set: the override names it.
    ScenarioError set = err("[scenario]\nname = \"s\"\nsource = \"pass\"\n", {"scenario.source=print(1"});
    CHECK(set.where == "--set scenario.source=print(1");
}
