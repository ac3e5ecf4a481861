// Unit tests of the formatting layer: repr() of str and bytes, the format-spec
// mini-language for int, float and str (layout, grouping, rounding and every error),
// str.format's field syntax and printf-style %. Expected values come from CPython 3.11.
#include <catch2/catch.hpp>

#include <cmath>

#include "sim/objects/format_util.hpp"
#include "sim/objects/str_test_support.hpp"

using namespace std::literals;
using gs::Value;
using gs::stest::Env;

TEST_CASE("str repr quotes and escapes as CPython", "[format]") {
    CHECK(gs::str_repr("plain") == "'plain'");
    CHECK(gs::str_repr("it's") == "\"it's\"");
    CHECK(gs::str_repr("say \"hi\"") == "'say \"hi\"'");
    CHECK(gs::str_repr("both ' and \"") == "'both \\' and \"'");
    CHECK(gs::str_repr("back\\slash") == "'back\\\\slash'");
    CHECK(gs::str_repr("new\nline\ttab\rcr") == "'new\\nline\\ttab\\rcr'");
    CHECK(gs::str_repr("\x00\x1f\x7f"sv) == "'\\x00\\x1f\\x7f'");
    // Latin-1: controls, no-break space and soft hyphen are escaped, ÿ is printable.
    CHECK(gs::str_repr("\u0080\u00a0\u00ad\u00ff") == "'\\x80\\xa0\\xad\u00ff'");
    CHECK(gs::str_repr("é中😀") == "'é中😀'");
    CHECK(gs::str_repr("\u200b\u2028\ufeff") == "'\\u200b\\u2028\\ufeff'");
    CHECK(gs::str_repr("\U0010ffff\U000e0001") == "'\\U0010ffff\\U000e0001'");
    CHECK(gs::ascii_escape("é中😀x") == "\\xe9\\u4e2d\\U0001f600x");
}

TEST_CASE("bytes repr", "[format]") {
    CHECK(gs::bytes_repr("plain") == "b'plain'");
    CHECK(gs::bytes_repr("it's") == "b\"it's\"");
    CHECK(gs::bytes_repr("both ' and \"") == "b'both \\' and \"'");
    CHECK(gs::bytes_repr("\\") == "b'\\\\'");
    CHECK(gs::bytes_repr("\t\n\r\x00\x7f\x80\xff"sv) == "b'\\t\\n\\r\\x00\\x7f\\x80\\xff'");
}

TEST_CASE("format() of ints", "[format]") {
    Env e;
    CHECK(e.format(e.i(0), "") == "0");
    CHECK(e.format(e.i(42), ">6") == "    42");
    CHECK(e.format(e.i(-42), "06") == "-00042");
    CHECK(e.format(e.i(255), "#x") == "0xff");
    CHECK(e.format(e.i(255), "#010X") == "0X000000FF");
    CHECK(e.format(e.i(-255), "#010x") == "-0x00000ff");
    CHECK(e.format(e.i(1234567), ",") == "1,234,567");
    CHECK(e.format(e.i(-9876543), "_d") == "-9_876_543");
    CHECK(e.format(e.i(1099511627776), "_b") == "1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000");
    CHECK(e.format(e.i(10), "#b") == "0b1010");
    CHECK(e.format(e.i(8), "#o") == "0o10");
    CHECK(e.format(e.i(65), "c") == "A");
    CHECK(e.format(e.i(65), "^5c") == "  A  ");
    CHECK(e.format(e.i(42), "+") == "+42");
    CHECK(e.format(e.i(42), " ") == " 42");
    CHECK(e.format(e.i(-42), "=+8") == "-     42");
    CHECK(e.format(e.i(1234), "010,") == "00,001,234");
    CHECK(e.format(e.i(1234), "09,") == "0,001,234");
    CHECK(e.format(e.i(5), ".2f") == "5.00");
    CHECK(e.format(e.i(1), "%") == "100.000000%");
    CHECK(e.format(e.i(7), "n") == "7");
    CHECK(e.format(e.i(42), "*^9") == "***42****");
    CHECK(e.format(e.i(42), "é<5") == "42ééé");
    CHECK(e.format(e.i(0), "z") == "ValueError: Negative zero coercion (z) not allowed in integer format specifier");
    CHECK(e.format(e.i(1), ".2") == "ValueError: Precision not allowed in integer format specifier");
    CHECK(e.format(e.i(1), "s") == "ValueError: Unknown format code 's' for object of type 'int'");
    CHECK(e.format(e.i(1), ",x") == "ValueError: Cannot specify ',' with 'x'.");
    CHECK(e.format(e.i(1), ",_") == "ValueError: Cannot specify both ',' and '_'.");
    CHECK(e.format(e.i(1), "xx") == "ValueError: Invalid format specifier 'xx' for object of type 'int'");
    CHECK(e.format(e.i(-1), "c") == "OverflowError: %c arg not in range(0x110000)");
    CHECK(e.format(e.i(65), "+c") == "ValueError: Sign not allowed with integer format specifier 'c'");
    CHECK(e.format(e.i(65), "#c") == "ValueError: Alternate form (#) not allowed with integer format specifier 'c'");
    CHECK(e.format(e.i(1), "\x01") == "ValueError: Unknown format code '\\x1' for object of type 'int'");
    CHECK(e.format(e.i(1), "99999999999999999999") == "ValueError: Too many decimal digits in format string");
    CHECK(e.format(e.i(1234), "_x") == "4d2");
    CHECK(e.format(e.i(1), ",b") == "ValueError: Cannot specify ',' with 'b'.");
    CHECK(e.format(e.i(12345678), "#_x") == "0xbc_614e");
    CHECK(e.format(Value::boolean(true), "") == "True");
    CHECK(e.format(Value::boolean(true), "d") == "1");
    CHECK(e.format(Value::boolean(false), ">6") == "     0");
}

TEST_CASE("format() of floats", "[format]") {
    Env e;
    CHECK(e.format(e.f(3.14159), ">10.3f") == "     3.142");
    CHECK(e.format(e.f(3.14159), "08.2f") == "00003.14");
    CHECK(e.format(e.f(-3.14159), "08.2f") == "-0003.14");
    CHECK(e.format(e.f(1851850.5), ",.1f") == "1,851,850.5");
    CHECK(e.format(e.f(12345.6789), "e") == "1.234568e+04");
    CHECK(e.format(e.f(12345.6789), ".2e") == "1.23e+04");
    CHECK(e.format(e.f(0.00012), ".1e") == "1.2e-04");
    CHECK(e.format(e.f(0.256), "%") == "25.600000%");
    CHECK(e.format(e.f(0.256), ".1%") == "25.6%");
    CHECK(e.format(e.f(2.0), ".0%") == "200%");
    CHECK(e.format(e.f(0.30000000000000004), "") == "0.30000000000000004");
    CHECK(e.format(e.f(1e+16), "") == "1e+16");
    CHECK(e.format(e.f(1e+16), ".17g") == "10000000000000000");
    CHECK(e.format(e.f(0.1), ".20g") == "0.10000000000000000555");
    CHECK(e.format(e.f(100.0), ".3") == "1e+02");
    CHECK(e.format(e.f(12.0), "#.3") == "12.0");
    CHECK(e.format(e.f(1e+16), "#") == "1.e+16");
    CHECK(e.format(e.f(123456.0), "#g") == "123456.");
    CHECK(e.format(e.f(2.5), ".0f") == "2");
    CHECK(e.format(e.f(3.5), ".0f") == "4");
    CHECK(e.format(e.f(2.675), ".2f") == "2.67");
    CHECK(e.format(e.f(1e-05), "g") == "1e-05");
    CHECK(e.format(e.f(1234567.0), "g") == "1.23457e+06");
    CHECK(e.format(e.f(0.5), ".0g") == "0.5");
    CHECK(e.format(e.f(9.99), ".2g") == "10");
    CHECK(e.format(e.f(INFINITY), "g") == "inf");
    CHECK(e.format(e.f(-INFINITY), "010") == "-000000inf");
    CHECK(e.format(e.f(NAN), "+.3") == "+nan");
    CHECK(e.format(e.f(NAN), "F") == "NAN");
    CHECK(e.format(e.f(-0.0), "g") == "-0");
    CHECK(e.format(e.f(-0.0), "z.1f") == "0.0");
    CHECK(e.format(e.f(-0.0004), "z.3f") == "0.000");
    CHECK(e.format(e.f(1.5), "d") == "ValueError: Unknown format code 'd' for object of type 'float'");
    CHECK(e.format(e.f(1.5), "c") == "ValueError: Unknown format code 'c' for object of type 'float'");
    CHECK(e.format(e.f(1.5), "=^") == "1.5");
    CHECK(e.format(e.f(1.0), ".") == "ValueError: Format specifier missing precision");
    CHECK(e.format(e.f(1.0), ".2147483648f") == "ValueError: precision too big");
    CHECK(e.format(e.f(1234.5), "010,.1f") == "0,001,234.5");
    CHECK(e.format(e.f(1234.5), "_") == "1_234.5");
    CHECK(e.format(e.f(1e+300), ",.0e") == "1e+300");
    CHECK(e.format(e.f(5e-324), "") == "5e-324");
    CHECK(e.format(e.f(1.7976931348623157e+308), "e") == "1.797693e+308");
    CHECK(e.format(e.f(0.0001), "") == "0.0001");
    CHECK(e.format(e.f(1e+22), ".3") == "1e+22");
    CHECK(e.format(e.f(0.05), ".1") == "0.05");
    CHECK(e.format(e.f(-1.5), "n") == "-1.5");
    CHECK(e.format(e.f(2.5), "^+10.3f") == "  +2.500  ");
    CHECK(e.format(e.f(-2.5), "0<10.3f") == "-2.5000000");
    CHECK(e.format(e.f(1.0), "#.0e") == "1.e+00");
    CHECK(e.format(e.f(0.125), ".2f") == "0.12");
    CHECK(e.format(e.f(INFINITY), "%") == "inf%");
    CHECK(e.format(e.f(1e-10), "z") == "1e-10");
    CHECK(e.format(e.f(12.5), ",%") == "1,250.000000%");
}

TEST_CASE("format() of strs", "[format]") {
    Env e;
    CHECK(e.format(e.s("abc"), "") == "abc");
    CHECK(e.format(e.s("abc"), ">6") == "   abc");
    CHECK(e.format(e.s("abc"), "*^8") == "**abc***");
    CHECK(e.format(e.s("abcdef"), ".3") == "abc");
    CHECK(e.format(e.s("xyz"), ">6.2s") == "    xy");
    CHECK(e.format(e.s("ab"), "05") == "ab000");
    CHECK(e.format(e.s("é中"), "^6") == "  é中  ");
    CHECK(e.format(e.s("x"), "é>3") == "ééx");
    CHECK(e.format(e.s("a"), "d") == "ValueError: Unknown format code 'd' for object of type 'str'");
    CHECK(e.format(e.s("a"), "+") == "ValueError: Sign not allowed in string format specifier");
    CHECK(e.format(e.s("a"), " ") == "ValueError: Space not allowed in string format specifier");
    CHECK(e.format(e.s("a"), "#") == "ValueError: Alternate form (#) not allowed in string format specifier");
    CHECK(e.format(e.s("a"), "=") == "ValueError: '=' alignment not allowed in string format specifier");
    CHECK(e.format(e.s("a"), "z") == "ValueError: Negative zero coercion (z) not allowed in string format specifier");
    CHECK(e.format(e.s("a"), ",") == "ValueError: Cannot specify ',' with 's'.");
    CHECK(e.format(e.s("a"), "%") == "ValueError: Unknown format code '%' for object of type 'str'");
}

TEST_CASE("double_to_string follows CPython's PyOS_double_to_string", "[format]") {
    CHECK(gs::double_to_string(0.1, 'r', 0, 0) == "0.1");
    CHECK(gs::double_to_string(1e16, 'r', 0, 0) == "1e+16");
    CHECK(gs::double_to_string(123456.0, 'r', 0, gs::kDtoaAlt | gs::kDtoaAddDot0) == "123456.0");
    CHECK(gs::double_to_string(1e16, 'r', 0, gs::kDtoaAlt) == "1.e+16");
    CHECK(gs::double_to_string(100.0, 'g', 3, gs::kDtoaAddDot0) == "1e+02");
    CHECK(gs::double_to_string(12.0, 'g', 3, gs::kDtoaAddDot0) == "12.0");
    CHECK(gs::double_to_string(0.0001234, 'G', 3, 0) == "0.000123");
    CHECK(gs::double_to_string(0.00001234, 'G', 3, 0) == "1.23E-05");
    CHECK(gs::double_to_string(-0.0, 'f', 2, gs::kDtoaNoNeg0) == "0.00");
    CHECK(gs::double_to_string(-0.0004, 'e', 0, gs::kDtoaNoNeg0) == "-4e-04");
    CHECK(gs::double_to_string(NAN, 'G', 6, 0) == "NAN");
    CHECK(gs::double_to_string(-INFINITY, 'f', 6, 0) == "-inf");
}

TEST_CASE("str.format fields, conversions and nesting", "[format]") {
    Env e;
    CHECK(e.py("'{} and {}'.format('spam', 'eggs')") == "'spam and eggs'");
    CHECK(e.py("'{1}{0}{1}'.format('a', 'b')") == "'bab'");
    CHECK(e.py("'{{}} {{{}}}'.format('x')") == "'{} {x}'");
    CHECK(e.py("'{0[0]}{0[2]}{1[k]}'.format(['a', 'b', 'c'], {'k': 'v'})") == "'acv'");
    CHECK(e.py("'{0[1]}'.format({1: 'one'})") == "'one'");
    CHECK(e.py("'{!r:>6}|{!s}|{!a}'.format('q', None, 'é')") == "\"   'q'|None|'\\\\xe9'\"");
    CHECK(e.py("'{:>{}}|{:.{}f}'.format('w', 4, 3.14159, 2)") == "'   w|3.14'");
    CHECK(e.py("'{:{}{}{}}'.format('z', '*', '^', 5)") == "'**z**'");
    CHECK(e.py("'{name} is {age}'.format(name='Ada', age=36)") == "'Ada is 36'");
    CHECK(e.py("'{x[k]}'.format_map({'x': {'k': 1}})") == "'1'");
}

TEST_CASE("str.format errors", "[format]") {
    Env e;
    CHECK(e.py("'{'.format()") == "ValueError: Single '{' encountered in format string");
    CHECK(e.py("'x}y'.format()") == "ValueError: Single '}' encountered in format string");
    CHECK(e.py("'{0!x}'.format(1)") == "ValueError: Unknown conversion specifier x");
    CHECK(e.py("'{0!'.format(1)") == "ValueError: end of string while looking for conversion specifier");
    CHECK(e.py("'{0!rr}'.format(1)") == "ValueError: expected ':' after conversion specifier");
    CHECK(e.py("'{!}'.format(1)") == "ValueError: unmatched '{' in format spec");
    CHECK(e.py("'{0}{}'.format(1, 2)") ==
          "ValueError: cannot switch from manual field specification to automatic field numbering");
    CHECK(e.py("'{}{0}'.format(1, 2)") ==
          "ValueError: cannot switch from automatic field numbering to manual field specification");
    CHECK(e.py("'{} {}'.format('only')") == "IndexError: Replacement index 1 out of range for positional args tuple");
    CHECK(e.py("'{0.}'.format(1)") == "ValueError: Empty attribute in format string");
    CHECK(e.py("'{0[}'.format(1)") == "ValueError: expected '}' before end of string");
    CHECK(e.py("'{0[0]x}'.format([1])") == "ValueError: Only '.' or '[' may follow ']' in format field specifier");
    CHECK(e.py("'{:{:{:}}}'.format(1, 2, 3)") == "ValueError: Max string recursion exceeded");
    CHECK(e.py("'{0]}'.format([1])") == "KeyError: '0]'");
    CHECK(e.py("'{missing}'.format(x=1)") == "KeyError: 'missing'");
    CHECK(e.py("'{a{b}'.format()") == "ValueError: unexpected '{' in field name");
    CHECK(e.py("'{}'.format_map({})") == "ValueError: Format string contains positional fields");
}

TEST_CASE("printf-style % formatting", "[format]") {
    Env e;
    CHECK(e.py("'%d %i %d %d' % (42, -7, 3.99, True)") == "'42 -7 3 1'");
    CHECK(e.py("'[%8.3f] [%-8.3f] [%08.3f] [%+.1f]' % (2.5, 2.5, -2.5, 2.5)") ==
          "'[   2.500] [2.500   ] [-002.500] [+2.5]'");
    CHECK(e.py("'%x %X %#x %#X %#o %x' % (255, 255, 255, 255, 8, -255)") == "'ff FF 0xff 0XFF 0o10 -ff'");
    CHECK(e.py("'%#05x|%-#5x|%+#08x|%.5x|%#.5x' % (255, 255, -255, -255, 255)") ==
          "'0x0ff|0xff |-0x000ff|-000ff|0x000ff'");
    CHECK(e.py("'%e %.2e %E %g %G' % (12345.678, 0.000123, 1.5, 1e-5, 1e-20)") ==
          "'1.234568e+04 1.23e-04 1.500000E+00 1e-05 1E-20'");
    CHECK(e.py("'%c%c%c|%3c|%-3c|' % (72, 105, 'é', 'x', 65)") == "'Hié|  x|A  |'");
    CHECK(e.py("'%.3s|%10.3s|%-6r|%a' % ('abcdef', 'abcdef', 'x', 'é')") == "\"abc|       abc|'x'   |'\\\\xe9'\"");
    CHECK(e.py("'%*d|%-*d|%.*f|%*d|' % (5, 1, 5, 1, 2, 3.14159, -3, 7)") == "'    1|1    |3.14|7  |'");
    CHECK(e.py("'%(a)s %(b)05.1f %%' % {'a': 'x', 'b': 2.25}") == "'x 002.2 %'");
    CHECK(e.py("'%s %s' % [1, 2]") == "TypeError: not enough arguments for format string");
    CHECK(e.py("'%s' % (1, 2)") == "TypeError: not all arguments converted during string formatting");
    CHECK(e.py("'ab' % [1]") == "'ab'");
    CHECK(e.py("'%d' % 'x'") == "TypeError: %d format: a real number is required, not str");
    CHECK(e.py("'%x' % 1.5") == "TypeError: %x format: an integer is required, not float");
    CHECK(e.py("'%f' % 'x'") == "TypeError: must be real number, not str");
    CHECK(e.py("'%c' % 'ab'") == "TypeError: %c requires int or char");
    CHECK(e.py("'%c' % -1") == "OverflowError: %c arg not in range(0x110000)");
    CHECK(e.py("'%q' % 1") == "ValueError: unsupported format character 'q' (0x71) at index 1");
    CHECK(e.py("'%(a)s' % 1") == "TypeError: format requires a mapping");
    CHECK(e.py("'%(a' % {'a': 1}") == "ValueError: incomplete format key");
    CHECK(e.py("'%(a)' % {'a': 1}") == "ValueError: incomplete format");
    CHECK(e.py("'%*d' % ('a', 1)") == "TypeError: * wants int");
    CHECK(e.py("'%lld' % 1") == "ValueError: unsupported format character 'l' (0x6c) at index 2");
}

TEST_CASE("bytes % formatting", "[format]") {
    Env e;
    CHECK(e.py("b'%s|%5s|%-5s|%.2s' % (b'abc', b'abc', b'abc', b'abc')") == "b'abc|  abc|abc  |ab'");
    CHECK(e.py("b'%d %x %c%c %r' % (1, 255, 65, b'B', 'é')") == "b\"1 ff AB '\\\\xe9'\"");
    CHECK(e.py("b'%s' % 'a'") ==
          "TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'");
    CHECK(e.py("b'%c' % 256") == "OverflowError: %c arg not in range(256)");
    CHECK(e.py("b'ab' % 'x'") == "TypeError: not all arguments converted during bytes formatting");
}
