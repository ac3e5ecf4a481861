// The codecs behind str.encode, bytes.decode, str(b, enc) and bytes(s, enc): UTF-8, ASCII
// and Latin-1, with CPython's encoding aliases, error handlers and error messages.
// A str always holds valid UTF-8, so encoding to UTF-8 never fails; the UTF-8 decoder
// reports malformed input exactly as CPython's does (which bytes, and why).
#include <cctype>

#include "sim/objects/str.hpp"
#include "sim/objects/str_util.hpp"

namespace gs {

namespace {

enum class Codec { Utf8, Ascii, Latin1 };
enum class Handler { Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace, Unknown };

const char* codec_name(Codec c) { return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1"; }

// encodings.normalize_encoding + the aliases of encodings/aliases.py for our three codecs.
bool lookup_codec(Thread& t, std::string_view name, Codec* out) {
    std::string norm;
    bool pending = false;
    for (char c : name) {
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '.') {
            if (pending && !norm.empty()) norm += '_';
            pending = false;
            norm += char(std::tolower(static_cast<unsigned char>(c)));
        } else {
            pending = true;
        }
    }
    static constexpr std::string_view kUtf8[] = {"utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"};
    static constexpr std::string_view kAscii[] = {"ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968",
                                                  "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us",
                                                  "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii"};
    static constexpr std::string_view kLatin1[] = {"latin_1", "8859", "cp819", "csisolatin1", "ibm819",
                                                   "iso8859", "iso8859_1", "iso_8859_1", "iso_8859_1_1987",
                                                   "iso_ir_100", "l1", "latin", "latin1"};
    for (auto a : kUtf8)
        if (norm == a) return *out = Codec::Utf8, true;
    for (auto a : kAscii)
        if (norm == a) return *out = Codec::Ascii, true;
    for (auto a : kLatin1)
        if (norm == a) return *out = Codec::Latin1, true;
    raisef(t, t.in.types.LookupError, "unknown encoding: {}", name);
    return false;
}

Handler handler_of(std::string_view errors) {
    if (errors == "strict") return Handler::Strict;
    if (errors == "ignore") return Handler::Ignore;
    if (errors == "replace") return Handler::Replace;
    if (errors == "backslashreplace") return Handler::BackslashReplace;
    if (errors == "xmlcharrefreplace") return Handler::XmlCharRefReplace;
    return Handler::Unknown;
}

// CPython looks the handler up only when an error occurs: b'abc'.decode('utf-8', 'bogus')
// succeeds. False with LookupError set for an unknown one.
bool check_handler(Thread& t, Handler h, std::string_view errors) {
    if (h != Handler::Unknown) return true;
    raisef(t, t.in.types.LookupError, "unknown error handler name '{}'", errors);
    return false;
}

std::string char_escape(uint32_t cp) {
    if (cp <= 0xff) return fmt::format("\\x{:02x}", cp);
    if (cp <= 0xffff) return fmt::format("\\u{:04x}", cp);
    return fmt::format("\\U{:08x}", cp);
}

}  // namespace

Value encode_str(Thread& t, Str* s, std::string_view encoding, std::string_view errors) {
    Codec codec;
    if (!lookup_codec(t, encoding, &codec)) return Value::null();
    if (s->is_ascii()) return Value(new_bytes(t.in, s->view()));
    // What the codec cannot encode: code points past its range or, for UTF-8, lone
    // surrogates (a '\ud800' literal makes one).
    auto encodable = [codec](uint32_t cp) {
        if (codec == Codec::Utf8) return cp < 0xD800 || cp > 0xDFFF;
        return cp < (codec == Codec::Ascii ? 128u : 256u);
    };
    Handler h = handler_of(errors);
    std::string out;
    out.reserve(s->len);
    std::string_view v = s->view();
    int64_t pos = 0;  // code point index, for error messages
    for (size_t i = 0; i < v.size();) {
        int n;
        uint32_t cp = text::char_at(v, i, true, &n);
        if (encodable(cp)) {
            if (codec == Codec::Utf8) out.append(v.substr(i, size_t(n)));
            else out += char(cp);
            i += size_t(n);
            pos++;
            continue;
        }
        // A run of characters the codec cannot encode is one error, as in CPython.
        int64_t start = pos;
        size_t run_start = i;
        while (i < v.size() && !encodable(text::char_at(v, i, true, &n))) {
            i += size_t(n);
            pos++;
        }
        if (codec == Codec::Utf8 && errors == "surrogatepass") {
            out.append(v.substr(run_start, i - run_start));
            continue;
        }
        if (!check_handler(t, h, errors)) return Value::null();
        if (h == Handler::Strict) {
            std::string_view reason = codec == Codec::Utf8    ? "surrogates not allowed"
                                      : codec == Codec::Ascii ? "ordinal not in range(128)"
                                                              : "ordinal not in range(256)";
            if (pos - start == 1)
                return raisef(t, t.in.types.UnicodeEncodeError,
                              "'{}' codec can't encode character '{}' in position {}: {}", codec_name(codec),
                              char_escape(cp), start, reason);
            return raisef(t, t.in.types.UnicodeEncodeError,
                          "'{}' codec can't encode characters in position {}-{}: {}", codec_name(codec), start,
                          pos - 1, reason);
        }
        for (size_t k = run_start; k < i;) {
            uint32_t c = text::char_at(v, k, true, &n);
            k += size_t(n);
            if (h == Handler::Replace) out += '?';
            else if (h == Handler::BackslashReplace) out += char_escape(c);
            else if (h == Handler::XmlCharRefReplace) out += fmt::format("&#{};", c);
        }
    }
    return Value(new_bytes(t.in, out));
}

namespace {

bool cont(unsigned char c, unsigned char lo = 0x80, unsigned char hi = 0xBF) { return c >= lo && c <= hi; }

// The length of the valid UTF-8 sequence at s[i], or 0 with the error's end and reason,
// following CPython's decoder (Objects/stringlib/codecs.h).
size_t utf8_sequence(std::string_view s, size_t i, size_t* err_end, const char** reason) {
    size_t n = s.size();
    auto c = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char lead = c(i);
    if (lead < 0x80) return 1;
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF;  // the valid range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        need = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        need = 3;
        if (lead == 0xE0) lo = 0xA0;
        if (lead == 0xED) hi = 0x9F;  // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        need = 4;
        if (lead == 0xF0) lo = 0x90;
        if (lead == 0xF4) hi = 0x8F;  // nothing past U+10FFFF
    } else {
        *err_end = i + 1;
        *reason = "invalid start byte";
        return 0;
    }
    for (size_t k = 1; k < need; k++) {
        if (i + k >= n) {
            *err_end = n;
            *reason = "unexpected end of data";
            return 0;
        }
        if (!(k == 1 ? cont(c(i + k), lo, hi) : cont(c(i + k)))) {
            *err_end = i + k;
            *reason = "invalid continuation byte";
            return 0;
        }
    }
    return need;
}

}  // namespace

Value decode_bytes(Thread& t, std::string_view data, std::string_view encoding, std::string_view errors) {
    Codec codec;
    if (!lookup_codec(t, encoding, &codec)) return Value::null();
    Handler h = handler_of(errors);
    if (h == Handler::XmlCharRefReplace) h = Handler::Unknown;  // an encoding-only handler
    std::string out;
    out.reserve(data.size());
    for (size_t i = 0; i < data.size();) {
        unsigned char b = static_cast<unsigned char>(data[i]);
        if (b < 0x80) {
            out += char(b);
            i++;
            continue;
        }
        if (codec == Codec::Latin1) {
            utf8_append(out, b);
            i++;
            continue;
        }
        size_t end = i + 1;
        const char* reason = "ordinal not in range(128)";
        if (codec == Codec::Utf8) {
            size_t len = utf8_sequence(data, i, &end, &reason);
            if (len) {
                out.append(data.substr(i, len));
                i += len;
                continue;
            }
        }
        if (h == Handler::Unknown && errors == "xmlcharrefreplace")
            return raise(t, t.in.types.TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        if (!check_handler(t, h, errors)) return Value::null();
        if (h == Handler::Strict) {
            if (end - i == 1)
                return raisef(t, t.in.types.UnicodeDecodeError,
                              "'{}' codec can't decode byte 0x{:02x} in position {}: {}", codec_name(codec), b, i,
                              reason);
            return raisef(t, t.in.types.UnicodeDecodeError, "'{}' codec can't decode bytes in position {}-{}: {}",
                          codec_name(codec), i, end - 1, reason);
        }
        if (h == Handler::Replace) out += "\xEF\xBF\xBD";  // U+FFFD
        if (h == Handler::BackslashReplace)
            for (size_t k = i; k < end; k++)
                out += fmt::format("\\x{:02x}", static_cast<unsigned char>(data[k]));
        i = end;
    }
    return make_str(t.in, out);
}

}  // namespace gs
