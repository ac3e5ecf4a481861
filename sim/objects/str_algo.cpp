// Argument helpers and the byte-level algorithms shared by str and bytes (see
// str_util.hpp). The split algorithms follow CPython's Objects/stringlib/split.h, whose
// corner cases (maxsplit, leading and trailing separators) programs see.
#include <algorithm>

#include "sim/objects/str.hpp"
#include "sim/objects/str_unicode.hpp"
#include "sim/objects/str_util.hpp"

namespace gs {

// ---- arguments ----------------------------------------------------------------------------

bool method_args(Thread& t, const char* cls, const char* name, int nargs, Tuple* kwnames, int min, int max,
                 ArgStyle style) {
    Interp& in = t.in;
    if (kwnames && kwnames->n) {
        raisef(t, in.types.TypeError, "{}.{}() takes no keyword arguments", cls, name);
        return false;
    }
    int n = nargs - 1;
    if (n >= min && n <= max) return true;
    if (max == 0) {
        raisef(t, in.types.TypeError, "{}.{}() takes no arguments ({} given)", cls, name, n);
    } else if (style == ArgStyle::One) {
        raisef(t, in.types.TypeError, "{}.{}() takes exactly one argument ({} given)", cls, name, n);
    } else {
        int bound = n < min ? min : max;
        const char* which = min == max ? "exactly " : n < min ? "at least " : "at most ";
        const char* plural = bound == 1 ? "" : "s";
        if (style == ArgStyle::Clinic)
            raisef(t, in.types.TypeError, "{} expected {}{} argument{}, got {}", name, min == max ? "" : which, bound,
                   plural, n);
        else
            raisef(t, in.types.TypeError, "{}() takes {}{} argument{} ({} given)", name, which, bound, plural, n);
    }
    return false;
}

bool kw_args(Thread& t, const char* name, Value* args, int nargs, Tuple* kwnames,
             std::initializer_list<const char*> names, int required, std::initializer_list<Value*> out) {
    Interp& in = t.in;
    int nkw = kwnames ? int(kwnames->n) : 0;
    int npos = nargs - nkw;
    int nnames = int(names.size());
    if (npos > nnames) {
        raisef(t, in.types.TypeError, "{}() takes at most {} argument{} ({} given)", name, nnames,
               nnames == 1 ? "" : "s", npos);
        return false;
    }
    std::vector<bool> given(size_t(nnames), false);
    for (int i = 0; i < npos; i++) {
        *out.begin()[i] = args[i];
        given[size_t(i)] = true;
    }
    for (int k = 0; k < nkw; k++) {
        std::string_view kn = as<Str>(kwnames->items()[k])->view();
        int found = -1;
        for (int j = 0; j < nnames; j++)
            if (kn == names.begin()[j]) found = j;
        if (found < 0) {
            raisef(t, in.types.TypeError, "'{}' is an invalid keyword argument for {}()", kn, name);
            return false;
        }
        if (given[size_t(found)]) {
            raisef(t, in.types.TypeError, "argument for {}() given by name ('{}') and position ({})", name, kn,
                   found + 1);
            return false;
        }
        *out.begin()[found] = args[npos + k];
        given[size_t(found)] = true;
    }
    for (int j = 0; j < required; j++)
        if (!given[size_t(j)]) {
            raisef(t, in.types.TypeError, "{}() missing required argument '{}' (pos {})", name, names.begin()[j],
                   j + 1);
            return false;
        }
    return true;
}

Object* method_self(Thread& t, Type* type, Value* args, int nargs, const char* name) {
    if (nargs < 1) {
        raisef(t, t.in.types.TypeError, "unbound method {}.{}() needs an argument", type->name->view(), name);
        return nullptr;
    }
    Value self = args[0];
    if (!self.is_obj() || !self.o->type->is_subtype_of(type)) {
        raisef(t, t.in.types.TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object", name,
               type->name->view(), type_name(t.in, self));
        return nullptr;
    }
    return self.o;
}

bool opt_index(Thread& t, Value v, int64_t dflt, int64_t* out) {
    if (v.is_null() || v.is_none()) {
        *out = dflt;
        return true;
    }
    if (v.is_intlike()) {
        *out = v.i;
        return true;
    }
    if (v.is_obj() && !lookup_special(t, v, t.in.names.__index__).is_null()) return index_value(t, v, out);
    raise(t, t.in.types.TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
}

void adjust_indices(int64_t* start, int64_t* end, int64_t len) {
    if (*end > len) {
        *end = len;
    } else if (*end < 0) {
        *end += len;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
}

bool int_arg(Thread& t, Value v, int64_t* out) { return index_value(t, v, out); }

Value str_pieces_list(Thread& t, const text::Pieces& pieces, bool ascii) {
    List* l = new_list(t.in, pieces.size());
    for (std::string_view p : pieces)
        l->items.push_back(Value(ascii && p.size() > 1 ? new_str_known(t.in, p, uint32_t(p.size())) : new_str(t.in, p)));
    return Value(l);
}

Value bytes_pieces_list(Thread& t, const text::Pieces& pieces) {
    List* l = new_list(t.in, pieces.size());
    for (std::string_view p : pieces) l->items.push_back(Value(new_bytes(t.in, p)));
    return Value(l);
}

// ---- algorithms ---------------------------------------------------------------------------

namespace text {

uint32_t char_at(std::string_view s, size_t i, bool utf8, int* len) {
    if (!utf8 || static_cast<unsigned char>(s[i]) < 0x80) {
        *len = 1;
        return static_cast<unsigned char>(s[i]);
    }
    return utf8_decode(s.data() + i, len);
}

uint32_t char_before(std::string_view s, size_t i, bool utf8, int* len) {
    size_t k = i - 1;
    if (utf8)
        while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) k--;
    *len = int(i - k);
    int n;
    return char_at(s, k, utf8, &n);
}

namespace {

bool space(uint32_t c, bool utf8) {
    if (utf8) return uni::is_space(c);
    return c == ' ' || (c >= '\t' && c <= '\r');
}

}  // namespace

int64_t find(std::string_view s, std::string_view sub, size_t start, size_t end) {
    if (start > end || end - start < sub.size()) return -1;
    size_t r = s.substr(start, end - start).find(sub);
    return r == s.npos ? -1 : int64_t(start + r);
}

int64_t rfind(std::string_view s, std::string_view sub, size_t start, size_t end) {
    if (start > end || end - start < sub.size()) return -1;
    size_t r = s.substr(start, end - start).rfind(sub);
    return r == s.npos ? -1 : int64_t(start + r);
}

int64_t count(std::string_view s, std::string_view sub, size_t start, size_t end) {
    if (start > end || end - start < sub.size()) return 0;
    std::string_view w = s.substr(start, end - start);
    if (sub.empty()) return int64_t(w.size()) + 1;  // callers pass character counts for str
    int64_t n = 0;
    for (size_t p = w.find(sub); p != w.npos; p = w.find(sub, p + sub.size())) n++;
    return n;
}

std::string replace(std::string_view s, std::string_view old, std::string_view rep, int64_t count, bool utf8) {
    if (count < 0) count = INT64_MAX;
    std::string out;
    if (old.empty()) {
        // Before every character and at the end, `count` times at most.
        size_t i = 0;
        while (count > 0) {
            out.append(rep);
            count--;
            if (i >= s.size()) break;
            int len;
            char_at(s, i, utf8, &len);
            out.append(s.substr(i, size_t(len)));
            i += size_t(len);
        }
        out.append(s.substr(std::min(i, s.size())));
        return out;
    }
    size_t i = 0;
    while (count > 0) {
        size_t p = s.find(old, i);
        if (p == s.npos) break;
        out.append(s.substr(i, p - i));
        out.append(rep);
        i = p + old.size();
        count--;
    }
    out.append(s.substr(i));
    return out;
}

void split(std::string_view s, std::string_view sep, int64_t maxsplit, Pieces& out) {
    // Sized up front when that is cheap (a one-byte separator: a vectorised count), so a
    // split into 300,000 fields does not grow and copy the vector nineteen times.
    if (sep.size() == 1)
        out.reserve(size_t(std::min<int64_t>(maxsplit, std::count(s.begin(), s.end(), sep[0]))) + 1);
    size_t i = 0;
    while (maxsplit-- > 0) {
        size_t p = s.find(sep, i);
        if (p == s.npos) break;
        out.push_back(s.substr(i, p - i));
        i = p + sep.size();
    }
    out.push_back(s.substr(i));
}

void rsplit(std::string_view s, std::string_view sep, int64_t maxsplit, Pieces& out) {
    size_t j = s.size();
    while (maxsplit-- > 0 && j >= sep.size()) {
        size_t p = s.substr(0, j).rfind(sep);
        if (p == s.npos) break;
        out.push_back(s.substr(p + sep.size(), j - p - sep.size()));
        j = p;
    }
    out.push_back(s.substr(0, j));
    std::reverse(out.begin(), out.end());
}

void split_ws(std::string_view s, int64_t maxsplit, bool utf8, Pieces& out) {
    size_t i = 0, n = s.size();
    int len;
    while (maxsplit-- > 0) {
        while (i < n && space(char_at(s, i, utf8, &len), utf8)) i += size_t(len);
        if (i == n) break;
        size_t j = i;
        while (i < n && !space(char_at(s, i, utf8, &len), utf8)) i += size_t(len);
        out.push_back(s.substr(j, i - j));
    }
    if (i < n) {
        // maxsplit reached: the rest, without its leading whitespace, is the last piece.
        while (i < n && space(char_at(s, i, utf8, &len), utf8)) i += size_t(len);
        if (i != n) out.push_back(s.substr(i));
    }
}

void rsplit_ws(std::string_view s, int64_t maxsplit, bool utf8, Pieces& out) {
    size_t i = s.size();  // one past the character under consideration
    int len;
    while (maxsplit-- > 0) {
        while (i > 0 && space(char_before(s, i, utf8, &len), utf8)) i -= size_t(len);
        if (i == 0) break;
        size_t j = i;
        while (i > 0 && !space(char_before(s, i, utf8, &len), utf8)) i -= size_t(len);
        out.push_back(s.substr(i, j - i));
    }
    if (i > 0) {
        while (i > 0 && space(char_before(s, i, utf8, &len), utf8)) i -= size_t(len);
        if (i > 0) out.push_back(s.substr(0, i));
    }
    std::reverse(out.begin(), out.end());
}

void splitlines(std::string_view s, bool keepends, bool utf8, Pieces& out) {
    size_t i = 0, j = 0, n = s.size();
    int len = 1;
    while (i < n) {
        while (i < n) {
            uint32_t c = char_at(s, i, utf8, &len);
            if (utf8 ? uni::is_linebreak(c) : c == '\n' || c == '\r') break;
            i += size_t(len);
        }
        size_t eol = i;
        if (i < n) {
            i += s[i] == '\r' && i + 1 < n && s[i + 1] == '\n' ? 2 : size_t(len);
            if (keepends) eol = i;
        }
        out.push_back(s.substr(j, eol - j));
        j = i;
    }
}

}  // namespace text

}  // namespace gs
