// Unit tests of str: the Unicode tables (properties and full case mappings), slice
// resolution, the byte-level algorithms, and the type's slots and methods as programs
// see them. Expected values come from CPython 3.11.
#include <catch2/catch.hpp>

#include "sim/objects/container_util.hpp"
#include "sim/objects/slice_util.hpp"
#include "sim/objects/str_test_support.hpp"
#include "sim/objects/str_unicode.hpp"
#include "sim/objects/str_util.hpp"
#include "sim/vm/eval_support.hpp"

using gs::Value;
using gs::stest::Env;
namespace uni = gs::uni;

namespace {

std::string mapped(uint32_t cp, uni::Case kind) {
    uint32_t out[3];
    int n = uni::case_map(cp, kind, out);
    std::string s;
    for (int i = 0; i < n; i++) gs::utf8_append(s, out[i]);
    return s;
}

std::string joined(const gs::text::Pieces& p) {
    std::string s;
    for (auto piece : p) s += "[" + std::string(piece) + "]";
    return s;
}

}  // namespace

TEST_CASE("Unicode properties", "[str][unicode]") {
    CHECK(uni::has('a', uni::kAlpha | uni::kLower | uni::kCased));
    CHECK_FALSE(uni::has('_', uni::kAlpha));
    CHECK(uni::has(0xE9, uni::kAlpha));          // é
    CHECK(uni::has(0x4E2D, uni::kAlpha));        // 中
    CHECK_FALSE(uni::has(0x1F600, uni::kAlpha)); // 😀
    CHECK(uni::has(0x1F600, uni::kPrintable));
    CHECK_FALSE(uni::has(0xA0, uni::kPrintable));   // no-break space
    CHECK_FALSE(uni::has(0x200B, uni::kPrintable)); // zero width space
    CHECK(uni::is_space(0xA0));
    CHECK(uni::is_space(0x1C));
    CHECK(uni::is_space(0x3000));
    CHECK_FALSE(uni::is_space(0x200B));
    CHECK(uni::has(0x0663, uni::kDecimal | uni::kDigit | uni::kNumeric));  // Arabic-Indic 3
    CHECK(uni::has(0xBD, uni::kNumeric));                                   // ½
    CHECK_FALSE(uni::has(0xBD, uni::kDigit));
    CHECK(uni::has(0x2460, uni::kDigit));                                   // ①
    CHECK(uni::has(0x01C5, uni::kTitle));                                   // ǅ
    CHECK(uni::has(0x2167, uni::kUpper));                                   // Ⅷ (Other_Uppercase)
    CHECK(uni::has(0x24D0, uni::kLower));                                   // ⓐ (Other_Lowercase)
    CHECK(uni::has(0x0301, uni::kCaseIgnorable));                          // combining acute
    CHECK(uni::has('\'', uni::kCaseIgnorable));
    CHECK(uni::has(0x00C9, uni::kXidStart));
    CHECK_FALSE(uni::has('1', uni::kXidStart));
    CHECK(uni::has('1', uni::kXidContinue));
    CHECK(uni::props(0x110000) == 0);
}

TEST_CASE("Unicode case mappings include SpecialCasing", "[str][unicode]") {
    CHECK(mapped(0xDF, uni::Case::Upper) == "SS");        // ß
    CHECK(mapped(0xDF, uni::Case::Title) == "Ss");
    CHECK(mapped(0xDF, uni::Case::Fold) == "ss");
    CHECK(mapped(0xFB01, uni::Case::Upper) == "FI");      // ﬁ
    CHECK(mapped(0xFB01, uni::Case::Title) == "Fi");
    CHECK(mapped(0x130, uni::Case::Lower) == "i\u0307");  // İ
    CHECK(mapped(0x1C5, uni::Case::Upper) == "\u01C4");   // ǅ -> Ǆ
    CHECK(mapped(0x1C6, uni::Case::Title) == "\u01C5");   // ǆ -> ǅ
    CHECK(mapped(0x1E9E, uni::Case::Fold) == "ss");       // ẞ
    CHECK(mapped(0x3A3, uni::Case::Lower) == "\u03C3");   // Σ (final sigma is the caller's)
    CHECK(mapped(0x3C2, uni::Case::Fold) == "\u03C3");    // ς
    CHECK(mapped(0x1F80, uni::Case::Upper) == "\u1F08\u0399");
    CHECK(mapped(0x1F80, uni::Case::Title) == "\u1F88");
    CHECK(mapped(0x13A0, uni::Case::Fold) == "\u13A0");   // Cherokee folds to upper case
    CHECK(mapped(0xAB70, uni::Case::Fold) == "\u13A0");
    CHECK(mapped(0x0101, uni::Case::Upper) == "\u0100");  // Latin Extended-A pairs
    CHECK(mapped(0x0100, uni::Case::Lower) == "\u0101");
    CHECK(mapped(0x0416, uni::Case::Lower) == "\u0436");  // Cyrillic Ж
    CHECK(mapped('1', uni::Case::Upper) == "1");
}

TEST_CASE("slice_indices follows PySlice_AdjustIndices", "[str][slice]") {
    Env e;
    auto check = [&](Value start, Value stop, Value step, int64_t len) {
        auto* s = gs::as<gs::Slice>(gs::new_slice(e.th, start, stop, step));
        int64_t a, b, c, n;
        if (!gs::slice_indices(e.th, s, len, &a, &b, &c, &n)) return e.error();
        return fmt::format("{} {} {} {}", a, b, c, n);
    };
    Value none = Value::none();
    CHECK(check(none, none, none, 10) == "0 10 1 10");
    CHECK(check(none, none, e.i(-1), 10) == "9 -1 -1 10");
    CHECK(check(e.i(-100), e.i(3), none, 10) == "0 3 1 3");
    CHECK(check(e.i(8), e.i(2), e.i(-2), 10) == "8 2 -2 3");
    CHECK(check(e.i(5), e.i(2), none, 10) == "5 2 1 0");
    CHECK(check(e.i(100), none, e.i(-3), 10) == "9 -1 -3 4");
    CHECK(check(none, none, e.i(0), 10) == "ValueError: slice step cannot be zero");
    CHECK(check(e.f(1.5), none, none, 10) ==
          "TypeError: slice indices must be integers or None or have an __index__ method");
}

TEST_CASE("byte-level text algorithms", "[str][algo]") {
    using namespace gs::text;
    Pieces p;
    split("a,b,,c,", ",", INT64_MAX, p);
    CHECK(joined(p) == "[a][b][][c][]");
    p.clear();
    rsplit("a,b,c", ",", 1, p);
    CHECK(joined(p) == "[a,b][c]");
    p.clear();
    split_ws("  a \u3000b\x1c c  ", 1, true, p);
    CHECK(joined(p) == "[a][b\x1c c  ]");
    p.clear();
    split_ws("a\x1c" "b", INT64_MAX, false, p);  // bytes: \x1c is not whitespace
    CHECK(joined(p) == "[a\x1c" "b]");
    p.clear();
    rsplit_ws("  a  b  c  ", 1, true, p);
    CHECK(joined(p) == "[  a  b][c]");
    p.clear();
    splitlines("a\r\nb\rc\u2028d\n", true, true, p);
    CHECK(joined(p) == "[a\r\n][b\r][c\u2028][d\n]");
    CHECK(replace("abc", "", "-", 2, false) == "-a-bc");
    CHECK(replace("é中", "", "-", -1, true) == "-é-中-");
    CHECK(count("aaaaa", "aa", 0, 5) == 2);
    CHECK(find("abcabc", "c", 3, 6) == 5);
    CHECK(rfind("abcabc", "", 1, 4) == 4);
    CHECK(find("abc", "", 4, 3) == -1);
}

TEST_CASE("str methods and slots", "[str]") {
    Env e;
    // indexing and slicing by code point
    CHECK(e.py("'abcdefghij'[-1], 'abcdefghij'[2:5], 'abcdefghij'[::-2]") == "('j', 'cde', 'jhfdb')");
    CHECK(e.py("'abcdefghij'[8:2:-2], 'abcdefghij'[-100:3]") == "('ige', 'abc')");
    CHECK(e.py("'a中b😀cé'[3], 'a中b😀cé'[-1], 'a中b😀cé'[1:4], 'a中b😀cé'[::2], 'a中b😀cé'[::-1]") ==
          "('😀', 'é', '中b😀', 'abc', 'éc😀b中a')");
    CHECK(e.py("'abc'[3]") == "IndexError: string index out of range");
    CHECK(e.py("'abc'[1.5]") == "TypeError: string indices must be integers, not 'float'");
    CHECK(e.py("'abc'[::0]") == "ValueError: slice step cannot be zero");
    CHECK(e.py("'abc'[None:2], 'abc'[True]") == "('ab', 'b')");
    // operators
    CHECK(e.py("'ab' * 3, 3 * 'ab', 'ab' * -1, 'a' + 'b'") == "('ababab', 'ababab', '', 'ab')");
    CHECK(e.py("'a' + 1") == "TypeError: can only concatenate str (not \"int\") to str");
    CHECK(e.py("1 + 'a'") == "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    CHECK(e.py("'a' * 1.5") == "TypeError: can't multiply sequence by non-int of type 'float'");
    CHECK(e.py("'a' * 'b'") == "TypeError: can't multiply sequence by non-int of type 'str'");
    CHECK(e.py("'x' in 'xyz', '' in '', 'é' in 'café'") == "(True, True, True)");
    CHECK(e.py("1 in 'abc'") == "TypeError: 'in <string>' requires string as left operand, not int");
    CHECK(e.py("'é' > 'z', '中' > 'é', 'a' < 'B', 'abc' < 'abd'") == "(True, True, False, True)");
    // searching
    CHECK(e.py("'abracadabra'.find('bra'), 'abracadabra'.rfind('a', 0, 10)") == "(1, 7)");
    CHECK(e.py("'abracadabra'.find('', 11), 'abracadabra'.find('', 12)") == "(11, -1)");
    CHECK(e.py("'中文中文'.find('文'), '中文中文'.rfind('文'), 'a😀b😀'.find('b')") == "(1, 3, 2)");
    CHECK(e.py("'a😀b😀'.index('😀', 2)") == "3");
    CHECK(e.py("'mississippi'.count('ss'), 'mississippi'.count(''), 'é中'.count('')") == "(2, 12, 3)");
    CHECK(e.py("'aaaaa'.count('aa'), ''.count('')") == "(2, 1)");
    CHECK(e.py("'mississippi'.index('z')") == "ValueError: substring not found");
    CHECK(e.py("'hello'.startswith(('x', 'he')), 'hello'.endswith('lo', 0, 5)") == "(True, True)");
    CHECK(e.py("'a'.startswith('', 1), 'a'.startswith('', 2)") == "(True, False)");
    CHECK(e.py("'hello'.startswith(['he'])") ==
          "TypeError: startswith first arg must be str or a tuple of str, not list");
    CHECK(e.py("'hello'.startswith(('x', 1))") == "TypeError: tuple for startswith must only contain str, not int");
    CHECK(e.py("'a'.find(1)") == "TypeError: must be str, not int");
    CHECK(e.py("'a'.find('a', 1.5)") ==
          "TypeError: slice indices must be integers or None or have an __index__ method");
    CHECK(e.py("'a'.find()") == "TypeError: find() takes at least 1 argument (0 given)");
    // replacing and splitting
    CHECK(e.py("'abc'.replace('', '-'), 'abc'.replace('', '-', 2)") == "('-a-b-c-', '-a-bc')");
    CHECK(e.py("'aaaa'.replace('aa', 'b'), 'é中é'.replace('é', 'e', 1)") == "('bb', 'e中é')");
    CHECK(e.py("'  a  b  c  '.split(), '  a  b  c  '.rsplit(None, 1)") == "(['a', 'b', 'c'], ['  a  b', 'c'])");
    CHECK(e.py("'a,b,,c,'.split(','), 'a,b,c'.rsplit(',', 1)") == "(['a', 'b', '', 'c', ''], ['a,b', 'c'])");
    CHECK(e.py("'a\\u2003b\\x1cc\\x85d'.split(), 'a b c'.split(maxsplit=1)") ==
          "(['a', 'b', 'c', 'd'], ['a', 'b c'])");
    CHECK(e.py("'abc'.split('')") == "ValueError: empty separator");
    CHECK(e.py("'abc'.split(1)") == "TypeError: must be str or None, not int");
    CHECK(e.py("'abc'.split(x=1)") == "TypeError: 'x' is an invalid keyword argument for split()");
    CHECK(e.py("'one\\ntwo\\r\\nthree\\rfour\\x0bfive\\u2028six\\n'.splitlines()") ==
          "['one', 'two', 'three', 'four', 'five', 'six']");
    CHECK(e.py("'a\\r\\n'.splitlines(True)") == "['a\\r\\n']");
    CHECK(e.py("'key=value=more'.partition('='), 'key=value=more'.rpartition('=')") ==
          "(('key', '=', 'value=more'), ('key=value', '=', 'more'))");
    CHECK(e.py("'abc'.partition('#'), 'abc'.rpartition('#')") == "(('abc', '', ''), ('', '', 'abc'))");
    CHECK(e.py("'abc'.partition('')") == "ValueError: empty separator");
    CHECK(e.py("'  \\t hi \\n'.strip(), 'xxhixx'.lstrip('x'), 'éée'.strip('é')") == "('hi', 'hixx', 'e')");
    CHECK(e.py("'www.example.com'.strip('cmowz.')") == "'example'");
    CHECK(e.py("'a'.strip(1)") == "TypeError: strip arg must be None or str");
    CHECK(e.py("'abc'.removeprefix('ab'), 'abc'.removesuffix('bc')") == "('c', 'a')");
    CHECK(e.py("'abc'.removesuffix('')") == "'abc'");
    CHECK(e.py("','.join(['a', 'b']), ''.join('xyz'), 'é'.join(['中', '文']), '-'.join([])") ==
          "('a,b', 'xyz', '中é文', '')");
    CHECK(e.py("','.join(['a', 1])") == "TypeError: sequence item 1: expected str instance, int found");
    CHECK(e.py("','.join(5)") == "TypeError: can only join an iterable");
    // case and predicates
    CHECK(e.py("'straße'.upper(), 'ß'.swapcase(), 'ﬁne'.upper(), 'ﬁne'.title()") ==
          "('STRASSE', 'SS', 'FINE', 'Fine')");
    CHECK(e.py("'ﬁne'.capitalize()") == "'Fine'");
    CHECK(e.py("'ΣΑΣ'.lower(), 'ΣΑΣ ΟΔΟΣ.'.lower(), 'Σ'.lower(), 'aΣ'.lower()") == "('σας', 'σας οδος.', 'σ', 'aς')");
    CHECK(e.py("'aΣb'.lower()") == "'aσb'");
    CHECK(e.py("'İ'.lower(), len('İ'.lower()), 'ǅ'.upper(), 'ǆ'.title(), 'ǰ'.upper()") ==
          "('i̇', 2, 'Ǆ', 'ǅ', 'J̌')");
    CHECK(e.py("'Straße'.casefold(), 'ﬃ'.casefold(), 'ΣΑΣ'.casefold()") == "('strasse', 'ffi', 'σασ')");
    CHECK(e.py("\"they're bill's\".title(), 'hELLO wORLD'.swapcase(), 'éCOLE'.capitalize()") ==
          "(\"They'Re Bill'S\", 'Hello World', 'École')");
    CHECK(e.py("'Ünïcödé'.isalpha(), '中文'.isalpha(), '😀'.isalpha(), '١٢٣'.isdigit()") == "(True, True, False, True)");
    CHECK(e.py("'½'.isnumeric(), '½'.isdigit()") == "(True, False)");
    CHECK(e.py("'\\u00a0'.isspace(), '\\x1c'.isspace(), 'ß'.isupper(), 'ß'.islower()") ==
          "(True, True, False, True)");
    CHECK(e.py("'Title Case'.istitle(), 'ǅx'.istitle()") == "(True, True)");
    CHECK(e.py("'x_1'.isidentifier(), '1x'.isidentifier(), 'été'.isidentifier()") == "(True, False, True)");
    CHECK(e.py("''.isidentifier(), 'a\\u200bb'.isprintable()") == "(False, False)");
    // padding
    CHECK(e.py("'abc'.center(6), 'abc'.center(7, '*'), 'ab'.center(5, '*')") == "(' abc  ', '**abc**', '**ab*')");
    CHECK(e.py("'a'.ljust(3, 'é'), '中'.rjust(3)") == "('aéé', '  中')");
    CHECK(e.py("'a'.center(5, '--')") == "TypeError: The fill character must be exactly one character long");
    CHECK(e.py("'a'.center(5, 1)") == "TypeError: The fill character must be a unicode character, not int");
    CHECK(e.py("'-42'.zfill(6), '+3'.zfill(4), 'abc'.zfill(2), '-'.zfill(3)") == "('-00042', '+003', 'abc', '-00')");
    CHECK(e.py("'a\\tbc\\td'.expandtabs(), 'a\\tb'.expandtabs(4), 'x\\ny\\tz'.expandtabs(2)") ==
          "('a       bc      d', 'a   b', 'x\\ny z')");
    CHECK(e.py("'a\\tb'.expandtabs(0)") == "'ab'");
    CHECK(e.py("'abc'.translate({97: 'A', 98: None, 99: 100})") == "'Ad'");
    CHECK(e.py("'hello'.translate(str.maketrans('el', 'ip', 'o'))") == "'hipp'");
    CHECK(e.py("str.maketrans('ab', 'c')") == "ValueError: the first two maketrans arguments must have equal length");
    // constructor and codecs
    CHECK(e.py("str(), str(12), str(b'ab'), str(b'caf\\xc3\\xa9', 'utf-8')") == "('', '12', \"b'ab'\", 'café')");
    CHECK(e.py("str(b'\\xff', errors='replace')") == "'�'");
    CHECK(e.py("str(1, 'utf-8')") == "TypeError: decoding to str: need a bytes-like object, int found");
    CHECK(e.py("'é中😀'.encode(), 'aé'.encode('latin-1'), 'aé'.encode('ascii', 'replace')") ==
          "(b'\\xc3\\xa9\\xe4\\xb8\\xad\\xf0\\x9f\\x98\\x80', b'a\\xe9', b'a?')");
    CHECK(e.py("'a😀é'.encode('ascii', 'xmlcharrefreplace')") == "b'a&#128512;&#233;'");
    CHECK(e.py("'aéé'.encode('ascii')") ==
          "UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)");
    CHECK(e.py("'a中'.encode('latin-1')") ==
          "UnicodeEncodeError: 'latin-1' codec can't encode character '\\u4e2d' in position 1: ordinal not in range(256)");
    CHECK(e.py("'é'.encode('ascii', 'bogus')") == "LookupError: unknown error handler name 'bogus'");
    CHECK(e.py("str.upper(1)") == "TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object");
    CHECK(e.py("'a'.upper(1)") == "TypeError: str.upper() takes no arguments (1 given)");
}

TEST_CASE("strings built by += share a buffer that collections keep", "[str][gc]") {
    // `s += piece` past 256 bytes appends into a StrBuffer that the new string names
    // after its header (Str::StrRef): the collector must reach the buffer through it,
    // or the buffer is freed and reused under the string (ASan reports the read).
    Env e;
    gs::Str* s = e.str("");
    std::string expect;
    for (int i = 0; i < 3000; i++) {
        std::string piece = std::to_string(i) + ",";
        s = gs::str_concat(e.in, s, e.str(piece));
        expect += piece;
        if (i % 700 == 699) {
            gs::TempRoot root(e.th, Value(s));
            e.in.heap.collect(e.in);
            for (int k = 0; k < 2000; k++) e.str("garbage " + std::to_string(k));  // reuse what was freed
        }
    }
    REQUIRE(s->owner() != nullptr);
    CHECK(e.in.heap.stats().collections == 4);
    CHECK(s->view() == expect);
    CHECK(s->nchars == expect.size());
    // A string of its own bytes has no buffer; both kinds compare and hash alike.
    gs::Str* copy = e.str(expect);
    CHECK(copy->owner() == nullptr);
    CHECK(gs::str_eq(s, copy));
    CHECK(gs::str_hash(s) == gs::str_hash(copy));
    static_assert(sizeof(gs::Str) == 32, "the header the size classes were chosen for");
}
