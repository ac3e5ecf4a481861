// Helpers shared by the str and bytes implementation files (str_*.cpp, bytes*.cpp):
// argument checking with CPython's wording, the byte-level search/split/replace
// algorithms both types use (str text is UTF-8, and UTF-8 substrings match at character
// boundaries only, so byte searches give character results), and the codecs.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "sim/vm/runtime.hpp"

namespace gs {

// ---- method arguments -------------------------------------------------------------------

// How CPython words arity errors; it depends on how each method parses its arguments.
enum class ArgStyle : uint8_t {
    Clinic,   // "center expected at least 1 argument, got 0"
    GetArgs,  // "find() takes at least 1 argument (0 given)"
    One,      // "str.join() takes exactly one argument (0 given)"
};

// Checks a positional-only method call; args[0] is self and nargs counts it. `cls` is
// "str" or "bytes". max 0: "str.upper() takes no arguments (1 given)".
bool method_args(Thread& t, const char* cls, const char* name, int nargs, Tuple* kwnames, int min, int max,
                 ArgStyle style = ArgStyle::Clinic);

// Binds the arguments of a function that accepts keywords (split, encode, str()...) to
// `out`, with CPython's clinic wording ("'x' is an invalid keyword argument for split()").
// args[0..nargs) excludes self; the last len(kwnames) are the keyword values.
bool kw_args(Thread& t, const char* name, Value* args, int nargs, Tuple* kwnames,
             std::initializer_list<const char*> names, int required, std::initializer_list<Value*> out);

// self of a method of `type` (a method called through its class can receive anything).
// Null (TypeError set) when args[0] is missing or of another type.
Object* method_self(Thread& t, Type* type, Value* args, int nargs, const char* name);

// A start/end argument of find, count, startswith...: None keeps `dflt`.
bool opt_index(Thread& t, Value v, int64_t dflt, int64_t* out);
// CPython's ADJUST_INDICES: clamps [start, end) into a sequence of length len.
void adjust_indices(int64_t* start, int64_t* end, int64_t len);
// An index argument (width, count...): an int or an __index__ object.
bool int_arg(Thread& t, Value v, int64_t* out);

// ---- byte-level algorithms ---------------------------------------------------------------

namespace text {

using Pieces = std::vector<std::string_view>;

// First / last occurrence of sub within s[start, end), as a byte offset into s; -1 if
// none. An empty sub is found at start (find) or end (rfind).
int64_t find(std::string_view s, std::string_view sub, size_t start, size_t end);
int64_t rfind(std::string_view s, std::string_view sub, size_t start, size_t end);
// Non-overlapping occurrences in s[start, end); an empty sub counts every gap.
int64_t count(std::string_view s, std::string_view sub, size_t start, size_t end);
// s with the first `count` (all when negative) occurrences of old replaced. An empty old
// inserts `rep` between characters (code points when utf8, else bytes).
std::string replace(std::string_view s, std::string_view old, std::string_view rep, int64_t count, bool utf8);

void split(std::string_view s, std::string_view sep, int64_t maxsplit, Pieces& out);
void rsplit(std::string_view s, std::string_view sep, int64_t maxsplit, Pieces& out);
// Splitting on runs of whitespace: Unicode whitespace when utf8, else ASCII (bytes).
void split_ws(std::string_view s, int64_t maxsplit, bool utf8, Pieces& out);
void rsplit_ws(std::string_view s, int64_t maxsplit, bool utf8, Pieces& out);
// Lines ending at \n, \r, \r\n (and for str also \v \f \x1c-\x1e \x85 \u2028 \u2029).
void splitlines(std::string_view s, bool keepends, bool utf8, Pieces& out);

// The code point that starts at byte i / ends just before byte i (utf8), or the byte.
uint32_t char_at(std::string_view s, size_t i, bool utf8, int* len);
uint32_t char_before(std::string_view s, size_t i, bool utf8, int* len);

}  // namespace text

// ---- codecs -------------------------------------------------------------------------------

// str.encode / bytes.decode for utf-8, ascii and latin-1 (and their aliases), with the
// errors handlers strict, ignore, replace, backslashreplace (and xmlcharrefreplace for
// encoding). Unknown encodings raise LookupError, as do unknown handlers once needed.
Value encode_str(Thread& t, Str* s, std::string_view encoding, std::string_view errors);
Value decode_bytes(Thread& t, std::string_view data, std::string_view encoding, std::string_view errors);

// ---- method tables (each file registers its own) ----------------------------------------

void add_str_search_methods(Interp& in);    // str_search.cpp
void add_str_case_methods(Interp& in);      // str_case.cpp
void add_bytes_methods(Interp& in);         // bytes_methods.cpp

// The lists the split methods return.
// `ascii`: the pieces come from ASCII text, so their lengths are their counts of code points.
Value str_pieces_list(Thread& t, const text::Pieces& pieces, bool ascii);
Value bytes_pieces_list(Thread& t, const text::Pieces& pieces);

}  // namespace gs
