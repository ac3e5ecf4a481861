// Parser tests. The expected outputs under tests/parser were recorded from CPython 3.11
// by tests/parser/record.py: for each valid snippet its ast.dump() and node locations,
// for each invalid one the error text `python3 NAME.py` prints. Everything here is
// compared byte for byte.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "sim/lang/lexer.hpp"
#include "sim/lang/parser.hpp"

namespace fs = std::filesystem;

namespace {

fs::path data_dir() {
    // This file is <root>/sim/lang/parser_test.cpp; the data is <root>/tests/parser.
    // __FILE__ may be relative to the build's working directory: then look upwards.
    fs::path dir = fs::path(__FILE__).parent_path().parent_path().parent_path() / "tests/parser";
    for (fs::path p = fs::current_path(); !fs::exists(dir / "record.py") && !p.empty();
         p = p.parent_path()) {
        dir = p / "tests/parser";
        if (p == p.parent_path()) break;
    }
    return dir;
}

std::string read(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream s;
    s << f.rdbuf();
    return s.str();
}

std::vector<fs::path> snippets(const fs::path& dir) {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().extension() == ".py" && e.path().filename() != "record.py")
            out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

gs::ParseResult parse_text(const std::string& text, const std::string& path = "x.py") {
    return gs::parse(std::make_shared<gs::Source>(path, text));
}

std::string error_of(const std::string& text) {
    auto r = parse_text(text);
    auto* e = std::get_if<gs::UserError>(&r);
    return e ? e->kind + ": " + e->message : "";
}

}  // namespace

TEST_CASE("parser: ASTs and locations match CPython's", "[parser]") {
    auto files = snippets(data_dir());
    REQUIRE(files.size() >= 100);
    for (const auto& py : files) {
        INFO(py.filename().string());
        auto r = gs::parse(std::make_shared<gs::Source>(py.filename().string(), read(py)));
        auto* err = std::get_if<gs::UserError>(&r);
        if (err) FAIL_CHECK(err->render());
        if (err) continue;
        const auto& m = *std::get<std::unique_ptr<gs::ast::Module>>(r);
        fs::path base = py;
        CHECK(gs::ast::dump(m) + "\n" == read(base.replace_extension(".ast")));
        CHECK(gs::ast::dump_locs(m) == read(base.replace_extension(".locs")));
    }
}

TEST_CASE("parser: syntax errors render as CPython prints them", "[parser]") {
    auto files = snippets(data_dir() / "errors");
    REQUIRE(files.size() >= 100);
    for (const auto& py : files) {
        INFO(py.filename().string());
        auto r = gs::parse(std::make_shared<gs::Source>(py.filename().string(), read(py)));
        auto* err = std::get_if<gs::UserError>(&r);
        REQUIRE(err);
        fs::path expected = py;
        CHECK(err->render() == read(expected.replace_extension(".err")));
    }
}

TEST_CASE("parser: gilsim's documented deviations", "[parser]") {
    CHECK(error_of("x = 9223372036854775807\n").empty());
    CHECK(error_of("x = 9223372036854775808\n") ==
          "SyntaxError: integer literal too large: gilsim ints are 64-bit "
          "(the largest is 9223372036854775807)");
    CHECK(error_of("x = 0x1_0000_0000_0000_0000\n").find("64-bit") != std::string::npos);
    CHECK(error_of("x = 1j\n") ==
          "SyntaxError: imaginary literals are not supported (gilsim has no complex type)");
    CHECK(error_of("x = '\\N{BULLET}'\n").find("not supported by gilsim") != std::string::npos);
    CHECK(error_of("try:\n    pass\nexcept* E:\n    pass\n") ==
          "SyntaxError: gilsim does not support except* (exception groups)");
}

TEST_CASE("parser: deep nesting is an error, not a crash", "[parser]") {
    // CPython's tokenizer allows 200 levels of brackets.
    std::string ok = "x = " + std::string(200, '(') + "1" + std::string(200, ')') + "\n";
    CHECK(error_of(ok).empty());
    std::string deep = "x = " + std::string(201, '[') + std::string(201, ']') + "\n";
    CHECK(error_of(deep) == "SyntaxError: too many nested parentheses");
    for (const char* unit : {"-", "not ", "lambda: ", "a if b else ", "~+"}) {
        std::string s = "x = ";
        for (int i = 0; i < 5000; i++) s += unit;
        s += "1\n";
        INFO(unit);
        CHECK(error_of(s) == "SyntaxError: too many nested expressions");
    }
    std::string chain = "x = a";
    for (int i = 0; i < 5000; i++) chain += ".b";
    CHECK(error_of(chain + "\n") == "SyntaxError: too many nested expressions");
    std::string power = "x = 2";
    for (int i = 0; i < 5000; i++) power += "**2";
    CHECK(error_of(power + "\n") == "SyntaxError: too many nested expressions");
    std::string fstr = "x = " + std::string(50, '(') + "f'{" + std::string(100, '(') + "1" +
                       std::string(100, ')') + "}'" + std::string(50, ')') + "\n";
    CHECK(error_of(fstr).empty());
    std::string indents;
    for (int i = 0; i < 120; i++) indents += std::string(size_t(i), ' ') + "if x:\n";
    CHECK(error_of(indents + std::string(120, ' ') + "pass\n") ==
          "IndentationError: too many levels of indentation");
}

TEST_CASE("parser: arbitrary bytes never crash it", "[parser]") {
    // A small deterministic fuzzer: every snippet, cut short and with bytes replaced,
    // inserted or deleted. Longer fuzzing runs under libFuzzer.
    std::mt19937 rng(12345);
    const std::string alphabet =
        "()[]{}:;,.=+-*/%@<>!~^&|'\"#\\\n\t \r\x0c"
        "abcfrux019_ifelsedeflambdayieldawait\xc3\xa9\x80\xff\x00";
    auto files = snippets(data_dir());
    int parsed = 0;
    for (const auto& py : files) {
        std::string text = read(py);
        for (size_t cut = 0; cut < text.size(); cut += 7) parse_text(text.substr(0, cut)), parsed++;
        for (int round = 0; round < 40; round++) {
            std::string t = text;
            int edits = 1 + int(rng() % 4);
            for (int k = 0; k < edits && !t.empty(); k++) {
                size_t at = rng() % t.size();
                char c = alphabet[rng() % alphabet.size()];
                switch (rng() % 3) {
                case 0: t[at] = c; break;
                case 1: t.insert(t.begin() + long(at), c); break;
                default: t.erase(at, 1); break;
                }
            }
            auto r = parse_text(t);
            if (auto* e = std::get_if<gs::UserError>(&r)) (void)e->render();
            parsed++;
        }
    }
    CHECK(parsed > 1000);
}

TEST_CASE("parser: pathological nestings stay fast", "[parser][perf]") {
    // Shapes found by fuzzing, where a parser that retries alternatives goes exponential.
    auto nest = [](const std::string& pattern, const std::string& inner, int n) {
        std::string s = inner;
        for (int i = 0; i < n; i++) {
            size_t at = pattern.find("{}");
            s = pattern.substr(0, at) + s + pattern.substr(at + 2);
        }
        return "x = " + s + "\n";
    };
    const char* patterns[] = {
        "f(*{})",  "f(a=1 for a({}))", "({} for a in b)", "[a for {} in b]",
        "{{*{}}}", "f(**{{{}}})",      "(lambda: {})()",  "[a, {} for a in b]",
        "a[{}:b]", "f(a)(b)({})",      "{} if a else b",  "f\"{{{}}}\""};
    for (const char* p : patterns) {
        for (const char* inner : {"a", "a b", "a = 1", "*a", "f() = 1"}) {
            INFO(p << " around " << inner);
            auto start = std::chrono::steady_clock::now();
            parse_text(nest(p, inner, 60));
            auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::steady_clock::now() - start)
                          .count();
            CHECK(ms < 2000);
        }
    }
}

TEST_CASE("parser: invalid input encodings", "[parser]") {
    CHECK(error_of("x = 1\n\xff\n") ==
          "SyntaxError: Non-UTF-8 code starting with '\\xff' in file x.py on line 2, but no "
          "encoding declared; see https://peps.python.org/pep-0263/ for details");
    CHECK(error_of("x = '\xed\xa0\x80'\n").find("Non-UTF-8") != std::string::npos);  // a surrogate
    CHECK(error_of("x = '\xc0\x80'\n").find("Non-UTF-8") != std::string::npos);      // overlong
    CHECK(error_of(std::string("x = 1\0\n", 7)) ==
          "SyntaxError: source code cannot contain null bytes");
    auto r = parse_text("x = 1\n\xff\n");
    CHECK(std::get<gs::UserError>(r).render() ==
          "SyntaxError: Non-UTF-8 code starting with '\\xff' in file x.py on line 2, but no "
          "encoding declared; see https://peps.python.org/pep-0263/ for details\n");
}

TEST_CASE("lexer: INDENT and DEDENT follow a stack", "[parser][lexer]") {
    using gs::lex::Tok;
    auto lexed = gs::lex::tokenize("if a:\n  if b:\n      c\n\n  d\ne\n", "x.py");
    REQUIRE_FALSE(lexed.error);
    std::vector<Tok> kinds;
    for (const auto& t : lexed.tokens) kinds.push_back(t.kind);
    std::vector<Tok> expected = {Tok::KwIf,    Tok::Name,    Tok::Colon,    Tok::Newline,
                                 Tok::Indent,  Tok::KwIf,    Tok::Name,     Tok::Colon,
                                 Tok::Newline, Tok::Indent,  Tok::Name,     Tok::Newline,
                                 Tok::Dedent,  Tok::Name,    Tok::Newline,  Tok::Dedent,
                                 Tok::Name,    Tok::Newline, Tok::EndMarker};
    CHECK(kinds == expected);
}

TEST_CASE("parser: a 10,000-line file parses in linear time", "[parser][perf]") {
    std::string text;
    for (int i = 0; i < 1000; i++) {
        text += "def f" + std::to_string(i) + "(a, b=1, *args, key=None, **kw):\n";
        text += "    \"\"\"Docstring.\"\"\"\n";
        text += "    x = [i * 2 for i in range(a) if i % 3 == 0]\n";
        text += "    y = {k: v for k, v in kw.items()}\n";
        text += "    if a > b and not key:\n";
        text += "        return f'{a!r:>10} {b}' + str(x[1:2])\n";
        text += "    for item in args:\n";
        text += "        y[item] = (a, b, *x)\n";
        text += "    return y\n";
        text += "\n";
    }
    auto start = std::chrono::steady_clock::now();
    auto r = parse_text(text);
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                  std::chrono::steady_clock::now() - start)
                  .count();
    REQUIRE(std::holds_alternative<std::unique_ptr<gs::ast::Module>>(r));
    CHECK(std::get<0>(r)->body.size() == 1000);
    WARN("10,000 lines parsed in " << ms << " ms");
#ifndef GILSIM_SANITIZE
    CHECK(ms < 1000);  // about 20 ms in an optimised build; sanitizers are much slower
#endif
}
