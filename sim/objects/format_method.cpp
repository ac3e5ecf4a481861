// str.format and str.format_map, after CPython 3.11's Objects/stringlib/unicode_format.h:
// literal text with {{ and }} escapes, replacement fields {name!conv:spec} where the name
// is an index or keyword followed by .attr and [key] lookups, automatic or manual
// numbering (not both), and specs that themselves hold fields ({0:{1}}), two levels deep.
//
// The format string is scanned as UTF-8 bytes: every delimiter is ASCII, so byte offsets
// never split a character.
#include "sim/objects/format.hpp"
#include "sim/objects/format_util.hpp"

namespace gs {

namespace {

// Where field values come from: positional arguments (absent for format_map) and either
// keyword arguments or a mapping.
struct FieldSource {
    Value* args = nullptr;
    int nargs = 0;
    bool has_args = true;
    Value* kwvalues = nullptr;
    Tuple* kwnames = nullptr;
    Value mapping;                   // format_map's argument (Null for str.format)
    enum { Init, Auto, Manual } numbering = Init;
    int64_t next_auto = 0;
};

// A whole run of decimal digits: its value; -1 if s is empty or has a non-digit; -2 when
// it overflows (ValueError set).
int64_t parse_index(Thread& t, std::string_view s) {
    if (s.empty()) return -1;
    int64_t acc = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return -1;
        if (acc > (INT64_MAX - (c - '0')) / 10) {
            raise(t, t.in.types.ValueError, "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + (c - '0');
    }
    return acc;
}

Value keyword_lookup(Thread& t, FieldSource& src, std::string_view key) {
    if (!src.mapping.is_null()) return getitem(t, src.mapping, make_str(t.in, key));
    if (src.kwnames)
        for (uint32_t i = 0; i < src.kwnames->n; i++)
            if (as<Str>(src.kwnames->items()[i])->view() == key) return src.kwvalues[i];
    return raise(t, t.in.types.KeyError, key);
}

// The value a field name designates: "0", "", "name", then any ".attr" / "[key]" parts.
Value field_value(Thread& t, FieldSource& src, std::string_view name) {
    size_t first_end = name.find_first_of(".[");
    if (first_end == name.npos) first_end = name.size();
    std::string_view first = name.substr(0, first_end), rest = name.substr(first_end);
    int64_t index = parse_index(t, first);
    if (index == -2) return Value::null();
    bool empty = first.empty();
    if (empty || index >= 0) {
        if (src.numbering == FieldSource::Init) src.numbering = empty ? FieldSource::Auto : FieldSource::Manual;
        if (src.numbering == FieldSource::Manual && empty)
            return raise(t, t.in.types.ValueError,
                         "cannot switch from manual field specification to automatic field numbering");
        if (src.numbering == FieldSource::Auto && !empty)
            return raise(t, t.in.types.ValueError,
                         "cannot switch from automatic field numbering to manual field specification");
        if (empty) index = src.next_auto++;
    }
    Value obj;
    if (index < 0) {
        obj = keyword_lookup(t, src, first);
    } else {
        if (!src.has_args) return raise(t, t.in.types.ValueError, "Format string contains positional fields");
        if (index >= src.nargs)
            return raisef(t, t.in.types.IndexError, "Replacement index {} out of range for positional args tuple",
                          index);
        obj = src.args[index];
    }
    while (!obj.is_null() && !rest.empty()) {
        char kind = rest[0];
        rest.remove_prefix(1);
        std::string_view part;
        if (kind == '.') {
            size_t e = rest.find_first_of(".[");
            if (e == rest.npos) e = rest.size();
            part = rest.substr(0, e);
            rest.remove_prefix(e);
        } else if (kind == '[') {
            size_t e = rest.find(']');
            if (e == rest.npos) return raise(t, t.in.types.ValueError, "Missing ']' in format string");
            part = rest.substr(0, e);
            rest.remove_prefix(e + 1);
        } else {
            return raise(t, t.in.types.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (part.empty()) return raise(t, t.in.types.ValueError, "Empty attribute in format string");
        if (kind == '.') {
            obj = getattr(t, obj, intern(t.in, part));
        } else {
            int64_t key = parse_index(t, part);
            if (key == -2) return Value::null();
            obj = getitem(t, obj, key >= 0 ? Value::integer(key) : make_str(t.in, part));
        }
    }
    return obj;
}

Value convert(Thread& t, Value v, uint32_t conversion) {
    switch (conversion) {
        case 's': return to_str(t, v);
        case 'r': return repr(t, v);
        case 'a': {
            Value r = repr(t, v);
            return r.is_null() ? r : make_str(t.in, ascii_escape(as<Str>(r)->view()));
        }
        default: break;
    }
    if (conversion > 32 && conversion < 127)
        return raisef(t, t.in.types.ValueError, "Unknown conversion specifier {}", char(conversion));
    return raisef(t, t.in.types.ValueError, "Unknown conversion specifier \\x{:x}", conversion);
}

bool build(Thread& t, FieldSource& src, std::string_view s, int depth, std::string& out);

// One replacement field, from just after its '{'. Advances *pos past the closing '}'.
bool replace_field(Thread& t, FieldSource& src, std::string_view s, size_t* pos, int depth, std::string& out) {
    size_t i = *pos, n = s.size();
    size_t name_start = i;
    char c = 0;
    // The field name ends at '}', ':' or '!', except inside [...].
    while (i < n) {
        c = s[i++];
        if (c == '{') {
            raise(t, t.in.types.ValueError, "unexpected '{' in field name");
            return false;
        }
        if (c == '[') {
            while (i < n && s[i] != ']') i++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    if (c != '}' && c != ':' && c != '!') {
        raise(t, t.in.types.ValueError, "expected '}' before end of string");
        return false;
    }
    std::string_view name = s.substr(name_start, i - 1 - name_start);
    uint32_t conversion = 0;
    std::string_view spec;
    bool spec_has_fields = false;
    if (c == '!' || c == ':') {
        bool closed = false;
        if (c == '!') {
            if (i >= n) {
                raise(t, t.in.types.ValueError, "end of string while looking for conversion specifier");
                return false;
            }
            int len;
            conversion = utf8_decode(s.data() + i, &len);
            i += size_t(len);
            if (i < n) {
                c = s[i++];
                if (c == '}') closed = true;
                else if (c != ':') {
                    raise(t, t.in.types.ValueError, "expected ':' after conversion specifier");
                    return false;
                }
            }
        }
        if (!closed) {
            size_t spec_start = i;
            int count = 1;
            while (i < n) {
                c = s[i++];
                if (c == '{') {
                    spec_has_fields = true;
                    count++;
                } else if (c == '}' && --count == 0) {
                    break;
                }
            }
            if (count) {
                raise(t, t.in.types.ValueError, "unmatched '{' in format spec");
                return false;
            }
            spec = s.substr(spec_start, i - 1 - spec_start);
        }
    }
    *pos = i;

    Value obj = field_value(t, src, name);
    if (obj.is_null()) return false;
    if (conversion) {
        obj = convert(t, obj, conversion);
        if (obj.is_null()) return false;
    }
    std::string expanded;
    if (spec_has_fields) {
        if (!build(t, src, spec, depth - 1, expanded)) return false;
        spec = expanded;
    }
    Value r = format_value(t, obj, spec.empty() ? t.in.empty_str : new_str(t.in, spec));
    if (r.is_null()) return false;
    if (!is_kind(r, Kind::Str)) {
        raisef(t, t.in.types.TypeError, "__format__ must return a str, not {}", type_name(t.in, r));
        return false;
    }
    out += as<Str>(r)->view();
    return true;
}

// CPython's build_string: literal text and fields; `depth` counts the nesting left.
bool build(Thread& t, FieldSource& src, std::string_view s, int depth, std::string& out) {
    if (depth <= 0) {
        raise(t, t.in.types.ValueError, "Max string recursion exceeded");
        return false;
    }
    size_t i = 0, n = s.size();
    while (i < n) {
        size_t brace = s.find_first_of("{}", i);
        if (brace == s.npos) {
            out.append(s.substr(i));
            break;
        }
        char c = s[brace];
        bool at_end = brace + 1 >= n;
        if (c == '}' && (at_end || s[brace + 1] != '}')) {
            raise(t, t.in.types.ValueError, "Single '}' encountered in format string");
            return false;
        }
        if (c == '{' && at_end) {
            raise(t, t.in.types.ValueError, "Single '{' encountered in format string");
            return false;
        }
        if (s[brace + 1] == c) {  // {{ or }}: one literal brace
            out.append(s.substr(i, brace + 1 - i));
            i = brace + 2;
            continue;
        }
        out.append(s.substr(i, brace - i));
        i = brace + 1;
        if (!replace_field(t, src, s, &i, depth, out)) return false;
    }
    return true;
}

}  // namespace

Value str_format_method(Thread& t, Str* fmt, Value* args, int nargs, Tuple* kwnames) {
    FieldSource src;
    int nkw = kwnames ? int(kwnames->n) : 0;
    src.args = args;
    src.nargs = nargs - nkw;
    src.kwvalues = args + src.nargs;
    src.kwnames = kwnames;
    std::string out;
    if (!build(t, src, fmt->view(), 2, out)) return Value::null();
    return make_str(t.in, out);
}

// str.format_map(mapping): fields name keys of the mapping; positional fields are errors.
Value str_format_map(Thread& t, Str* fmt, Value mapping) {
    FieldSource src;
    src.has_args = false;
    src.mapping = mapping;
    std::string out;
    if (!build(t, src, fmt->view(), 2, out)) return Value::null();
    return make_str(t.in, out);
}

}  // namespace gs
