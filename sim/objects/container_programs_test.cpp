// Programs that exercise the containers together with Python code (user __lt__, __hash__,
// __eq__, __index__, __getitem__), run through the whole interpreter. The expected
// output was produced by CPython 3.11.
#include <catch2/catch.hpp>

#include "sim/objects/container_test_support.hpp"

namespace {

// Runs `src` as __main__ and returns what it wrote to stdout and stderr.
std::string run(const char* src) {
    gs::ctest::Env e;
    auto source = std::make_shared<const gs::Source>("/t/prog.py", src);
    gs::run_main(e.th, source);
    return e.host.out + e.host.err;
}

}  // namespace

TEST_CASE("sort compares in timsort's order", "[list][sort][programs]") {
    CHECK(run("class K:\n"
              "    def __init__(self, v):\n"
              "        self.v = v\n"
              "    def __lt__(self, other):\n"
              "        print('lt', self.v, other.v)\n"
              "        return self.v < other.v\n"
              "ks = [K(3), K(1), K(2), K(1)]\n"
              "ks.sort()\n"
              "print([k.v for k in ks])\n") ==
          "lt 1 3\nlt 2 1\nlt 2 3\nlt 2 1\nlt 1 2\nlt 1 1\n[1, 1, 2, 3]\n");
}

TEST_CASE("user __index__ indexes sequences", "[list][programs]") {
    CHECK(run("class Idx:\n"
              "    def __index__(self):\n"
              "        return 1\n"
              "print([5, 6, 7][Idx()], (5, 6)[Idx()], range(10)[Idx()], [1, 2] * Idx(), [0, 1, 2].pop(Idx()))\n") ==
          "6 6 1 [1, 2] 1\n");
}

TEST_CASE("deeply nested comparison raises RecursionError", "[list][programs]") {
    CHECK(run("a = []\n"
              "for i in range(5000):\n"
              "    a = [a]\n"
              "b = []\n"
              "for i in range(5000):\n"
              "    b = [b]\n"
              "try:\n"
              "    print(a == b)\n"
              "except RecursionError as e:\n"
              "    print('RecursionError:', e)\n") ==
          "RecursionError: maximum recursion depth exceeded in comparison\n");
}

TEST_CASE("user __hash__ and __eq__ in sets and dicts", "[set][dict][programs]") {
    CHECK(run("class H:\n"
              "    def __init__(self, v):\n"
              "        self.v = v\n"
              "    def __hash__(self):\n"
              "        return self.v % 3\n"
              "    def __eq__(self, o):\n"
              "        return self.v == o.v\n"
              "    def __repr__(self):\n"
              "        return 'H' + str(self.v)\n"
              "print({H(1), H(4), H(1), H(7)}, {H(2): 'x'}[H(2)])\n"
              "d = {1: 1, 2: 2}\n"
              "try:\n"
              "    for k in d:\n"
              "        del d[k]\n"
              "except RuntimeError as e:\n"
              "    print('RuntimeError:', e)\n") ==
          "{H1, H4, H7} x\nRuntimeError: dictionary changed size during iteration\n");
}

TEST_CASE("old-style sequences iterate and reverse", "[iter][programs]") {
    CHECK(run("class Seq:\n"
              "    def __len__(self):\n"
              "        return 3\n"
              "    def __getitem__(self, i):\n"
              "        if i >= 3:\n"
              "            raise IndexError(i)\n"
              "        return 'abc'[i]\n"
              "print(list(reversed(Seq())), list(Seq()), 'b' in Seq())\n") == "['c', 'b', 'a'] ['a', 'b', 'c'] True\n");
}
