// The settings table: its parsers, and docs/scenarios.md documenting every key with the
// table's own default (so the docs cannot drift from the code).
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "sim/scenario/settings.hpp"

using namespace gs;

TEST_CASE("durations need a unit", "[settings]") {
    std::string e;
    CHECK(parse_duration("5ms", &e) == 5'000'000);
    CHECK(parse_duration("1.5s", &e) == 1'500'000'000);
    CHECK(parse_duration("250ns", &e) == 250);
    CHECK(parse_duration("20us", &e) == 20'000);
    CHECK(parse_duration("2min", &e) == 120'000'000'000);
    CHECK_FALSE(parse_duration("5", &e));
    CHECK_THAT(e, Catch::Contains("a bare number is ambiguous"));
    CHECK_FALSE(parse_duration("-1ms", &e));
    CHECK_FALSE(parse_duration("fast", &e));
    CHECK(format_duration(5'000'000) == "5ms");
    CHECK(format_duration(1'500'000'000) == "1.5s");
}

TEST_CASE("every setting has a default that parses, and round-trips", "[settings]") {
    for (const SettingDef& d : setting_defs()) {
        INFO(d.section << "." << d.key);
        if (!*d.default_text) continue;  // depends on another key (switch_interval)
        RunOptions o;
        CHECK(apply_setting(o, d, d.default_text) == "");
        std::string v = setting_value(o, d);
        RunOptions o2;
        CHECK(apply_setting(o2, d, v) == "");
        CHECK(setting_value(o2, d) == v);
    }
    CHECK(closest_name("machine.corse", setting_names()) == "machine.cores");
    CHECK(closest_name("zzzzzzzzzz", setting_names()) == "");
}

TEST_CASE("docs/scenarios.md documents every setting with its default", "[settings][docs]") {
    std::string here = __FILE__;
    std::string docs = here.substr(0, here.rfind("sim/scenario/")) + "docs/scenarios.md";
    std::ifstream in(docs);
    REQUIRE(in);
    std::vector<std::string> lines;
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    for (const SettingDef& d : setting_defs()) {
        INFO(d.section << "." << d.key << " in " << docs);
        std::string cell = std::string("| `") + d.key + "` |";
        const std::string* row = nullptr;
        for (const std::string& l : lines)
            if (l.rfind(cell, 0) == 0) row = &l;
        REQUIRE(row);
        if (*d.default_text) CHECK_THAT(*row, Catch::Contains(d.default_text));
    }
}
