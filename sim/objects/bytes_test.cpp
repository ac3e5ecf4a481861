// Unit tests of bytes: construction, indexing that yields ints, the operators with
// CPython's error wording, the search/split/case methods, hex/fromhex and the codecs.
// Expected values come from CPython 3.11.
#include <catch2/catch.hpp>

#include "sim/objects/str_test_support.hpp"

using gs::stest::Env;

TEST_CASE("bytes slots and methods", "[bytes]") {
    Env e;
    // construction
    CHECK(e.py("bytes(), bytes(3), bytes([65, 66]), bytes(range(65, 70)), bytes(b'ab')") ==
          "(b'', b'\\x00\\x00\\x00', b'AB', b'ABCDE', b'ab')");
    CHECK(e.py("bytes('é', 'utf-8')") == "b'\\xc3\\xa9'");
    CHECK(e.py("bytes([256])") == "ValueError: bytes must be in range(0, 256)");
    CHECK(e.py("bytes(['a'])") == "TypeError: 'str' object cannot be interpreted as an integer");
    CHECK(e.py("bytes('text')") == "TypeError: string argument without an encoding");
    CHECK(e.py("bytes(-1)") == "ValueError: negative count");
    CHECK(e.py("bytes(1.5)") == "TypeError: cannot convert 'float' object to bytes");
    CHECK(e.py("bytes(1, 'utf-8')") == "TypeError: encoding without a string argument");
    CHECK(e.py("bytes('a', 'xx')") == "LookupError: unknown encoding: xx");
    // indexing, slicing, operators
    CHECK(e.py("b'Hello\\x00\\xff'[0], b'Hello\\x00\\xff'[-1], b'0123456789'[8:2:-2]") == "(72, 255, b'864')");
    CHECK(e.py("b'0123456789'[::3]") == "b'0369'");
    CHECK(e.py("b'abc'[5]") == "IndexError: index out of range");
    CHECK(e.py("b'abc'[1.5]") == "TypeError: byte indices must be integers or slices, not float");
    CHECK(e.py("b'ab' + b'cd', b'ab' * 3, 3 * b'-', b'x' * 0, b'abc' < b'abd'") ==
          "(b'abcd', b'ababab', b'---', b'', True)");
    CHECK(e.py("b'a' == 'a'") == "False");
    CHECK(e.py("b'a' + 'b'") == "TypeError: can't concat str to bytes");
    CHECK(e.py("b'a' + 1") == "TypeError: can't concat int to bytes");
    CHECK(e.py("b'a' * 1.5") == "TypeError: can't multiply sequence by non-int of type 'float'");
    CHECK(e.py("72 in b'Hello', b'ell' in b'Hello', 0 in b'Hello'") == "(True, True, False)");
    CHECK(e.py("300 in b'abc'") == "ValueError: byte must be in range(0, 256)");
    CHECK(e.py("'str' in b'abc'") == "TypeError: a bytes-like object is required, not 'str'");
    // methods
    CHECK(e.py("b'hello world'.find(b'o'), b'hello world'.rfind(b'o')") == "(4, 7)");
    CHECK(e.py("b'hello world'.find(111), b'abc'.count(b'')") == "(4, 4)");
    CHECK(e.py("b'abc'.index(b'z')") == "ValueError: subsection not found");
    CHECK(e.py("b'abc'.find('a')") == "TypeError: argument should be integer or bytes-like object, not 'str'");
    CHECK(e.py("b'abc'.startswith((b'x', b'ab')), b'abc'.endswith(b'c', 0, 3)") == "(True, True)");
    CHECK(e.py("b'abc'.startswith('a')") ==
          "TypeError: startswith first arg must be bytes or a tuple of bytes, not str");
    CHECK(e.py("b'a,b,,c'.split(b','), b'  a  b c '.split(), b'a,b,c'.rsplit(b',', 1)") ==
          "([b'a', b'b', b'', b'c'], [b'a', b'b', b'c'], [b'a,b', b'c'])");
    CHECK(e.py("b''.split()") == "[]");
    CHECK(e.py("b'l1\\nl2\\r\\nl3'.splitlines(), b'l1\\nl2\\n'.splitlines(True)") ==
          "([b'l1', b'l2', b'l3'], [b'l1\\n', b'l2\\n'])");
    CHECK(e.py("b'a\\x0bb'.splitlines()") == "[b'a\\x0bb']");
    CHECK(e.py("b'abc'.split(b'')") == "ValueError: empty separator");
    CHECK(e.py("b','.join([b'x', b'y']), b''.join([]), b'a-b'.replace(b'-', b'')") == "(b'x,y', b'', b'ab')");
    CHECK(e.py("b'aaa'.replace(b'a', b'bb', 2)") == "b'bbbba'");
    CHECK(e.py("b','.join([b'a', 'b'])") == "TypeError: sequence item 1: expected a bytes-like object, str found");
    CHECK(e.py("b'a,b'.partition(b','), b'a,b,c'.rpartition(b','), b'  pad  '.strip()") ==
          "((b'a', b',', b'b'), (b'a,b', b',', b'c'), b'pad')");
    CHECK(e.py("b'xxhixx'.rstrip(b'x')") == "b'xxhi'");
    CHECK(e.py("b'Hello World 123'.upper(), b'Hello'.swapcase(), b\"they're\".title()") ==
          "(b'HELLO WORLD 123', b'hELLO', b\"They'Re\")");
    CHECK(e.py("b'caf\\xc3\\xa9'.upper()") == "b'CAF\\xc3\\xa9'");
    CHECK(e.py("b'abc'.isalpha(), b'123'.isdigit(), b' \\t'.isspace(), b'Ab'.isupper()") ==
          "(True, True, True, False)");
    CHECK(e.py("b''.isalpha(), b'Ab Cd'.istitle()") == "(False, True)");
    CHECK(e.py("b'42'.zfill(5), b'-42'.zfill(5), b'ab'.center(6, b'*')") == "(b'00042', b'-0042', b'**ab**')");
    CHECK(e.py("b'ab'.ljust(4, b'.'), b'a\\tb'.expandtabs(4)") == "(b'ab..', b'a   b')");
    CHECK(e.py("b'ab'.center(5, 'x')") ==
          "TypeError: center() argument 2 must be a byte string of length 1, not str");
    // hex and codecs
    CHECK(e.py("b'\\xde\\xad\\xbe\\xef'.hex(), b'\\xde\\xad\\xbe\\xef'.hex(':')") == "('deadbeef', 'de:ad:be:ef')");
    CHECK(e.py("b'abc'.hex('-', 2), b'abcdef'.hex(':', -4)") == "('61-6263', '61626364:6566')");
    CHECK(e.py("bytes.fromhex('de ad be ef'), bytes.fromhex('48 65 6C 6c 6f')") ==
          "(b'\\xde\\xad\\xbe\\xef', b'Hello')");
    CHECK(e.py("bytes.fromhex('')") == "b''");
    CHECK(e.py("bytes.fromhex('abc')") == "ValueError: non-hexadecimal number found in fromhex() arg at position 3");
    CHECK(e.py("bytes.fromhex('a b')") == "ValueError: non-hexadecimal number found in fromhex() arg at position 1");
    CHECK(e.py("b'abc'.hex('::')") == "ValueError: sep must be length 1.");
    CHECK(e.py("b'\\xe4\\xb8\\xad'.decode(), b'\\xe9'.decode('latin-1')") == "('中', 'é')");
    CHECK(e.py("b'\\xe9\\xff'.decode('ascii', 'replace')") == "'��'");
    CHECK(e.py("b'a\\xe4\\xb8\\xe4'.decode('utf-8', 'replace')") == "'a��'");
    CHECK(e.py("b'a\\xff'.decode('utf-8', 'backslashreplace')") == "'a\\\\xff'");
    CHECK(e.py("b'\\xff'.decode()") ==
          "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    CHECK(e.py("b'a\\xe4\\xb8'.decode()") ==
          "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: unexpected end of data");
    CHECK(e.py("b'a\\xe4\\xb8\\xe4'.decode()") ==
          "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: invalid continuation byte");
    CHECK(e.py("b'\\xed\\xa0\\x80'.decode()") ==
          "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
    CHECK(e.py("b'\\xff'.decode('ascii')") ==
          "UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)");
    CHECK(e.py("b'a'.decode('utf-8', 'bogus'), b'a'.decode(encoding='latin1')") == "('a', 'a')");
    CHECK(e.py("b'\\xff'.decode('utf-8', 'bogus')") == "LookupError: unknown error handler name 'bogus'");
    CHECK(e.py("bytes.upper(1)") ==
          "TypeError: descriptor 'upper' for 'bytes' objects doesn't apply to a 'int' object");
}
