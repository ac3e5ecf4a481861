// Checks the pixels of a headless screenshot (`gilsim gui --screenshot`), using the lane
// rectangles the GUI wrote with --dump-layout (kind, name, x0, y0, x1, y1 per line):
//
//   gilsim_png_check IMAGE LAYOUT fraction KIND NAME RRGGBB MIN
//       at least MIN (0..1) of the lane's pixels are the colour (or its hatched or
//       folded shade, which are darker versions of it)
//   gilsim_png_check IMAGE LAYOUT has KIND NAME RRGGBB COUNT
//       at least COUNT pixels of the rectangle have that colour (NAME "*": any name)
//
// Prints one line saying what it found; exit status 0 when the check holds, else 1.
#include <stb_image.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace {

struct Rect {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

bool find_rect(const char* layout, const std::string& kind, const std::string& name, Rect* r) {
    std::ifstream in(layout);
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream ls(line);
        std::string k, n;
        if (!std::getline(ls, k, '\t') || !std::getline(ls, n, '\t')) continue;
        if (k != kind || (name != "*" && n != name)) continue;
        ls >> r->x0 >> r->y0 >> r->x1 >> r->y1;
        return true;
    }
    return false;
}

// The colour itself, or a darker shade of it (hatching 0.72, folded boxes 0.75 and
// 0.75 * 0.72): the hue's channel ratios are kept, so compare after scaling.
bool matches(const unsigned char* p, unsigned hex) {
    double c[3] = {double((hex >> 16) & 255), double((hex >> 8) & 255), double(hex & 255)};
    for (double f : {1.0, 0.75, 0.72, 0.54, 0.45}) {
        double d = 0;
        for (int i = 0; i < 3; i++) d += std::fabs(double(p[i]) - c[i] * f);
        if (d < 40) return true;
    }
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 8) {
        std::fprintf(stderr, "usage: %s IMAGE LAYOUT fraction|has KIND NAME RRGGBB MIN\n", argv[0]);
        return 2;
    }
    int w, h, n;
    unsigned char* img = stbi_load(argv[1], &w, &h, &n, 3);
    if (!img) {
        std::fprintf(stderr, "cannot decode %s\n", argv[1]);
        return 2;
    }
    std::string cmd = argv[3], kind = argv[4], name = argv[5];
    unsigned hex = unsigned(std::strtoul(argv[6], nullptr, 16));
    double min = std::atof(argv[7]);
    Rect r;
    if (!find_rect(argv[2], kind, name, &r)) {
        std::printf("FAIL: no %s \"%s\" in the layout %s\n", kind.c_str(), name.c_str(), argv[2]);
        return 1;
    }
    long total = 0, hit = 0;
    for (int y = std::max(0, r.y0); y < std::min(h, r.y1); y++)
        for (int x = std::max(0, r.x0); x < std::min(w, r.x1); x++) {
            total++;
            hit += matches(img + (size_t(y) * size_t(w) + size_t(x)) * 3, hex);
        }
    stbi_image_free(img);
    bool ok = cmd == "fraction" ? total > 0 && double(hit) / double(total) >= min : double(hit) >= min;
    std::printf("%s: %s \"%s\" (%d,%d)-(%d,%d): %ld of %ld pixels (%.0f%%) are #%06X%s, want %s %g\n", ok ? "ok" : "FAIL",
                kind.c_str(), name.c_str(), r.x0, r.y0, r.x1, r.y1, hit, total, total ? 100.0 * double(hit) / double(total) : 0.0,
                hex, " or a shade of it", cmd == "fraction" ? "a fraction of at least" : "a count of at least", min);
    return ok ? 0 : 1;
}
