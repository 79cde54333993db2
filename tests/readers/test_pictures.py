"""Pictures as a browser wants them: sized, lazy below the first, smaller copies in
``srcset`` (made once, with Pillow, kept in the build cache), captions as figures."""

from __future__ import annotations

import io
import json
import re

from PIL import Image

from sitegen.build import build
from sitegen.config import load_config
from tests.conftest import article, write_files


def jpeg(width: int, height: int, colour: str = "teal", orientation: int | None = None) -> bytes:
    out = io.BytesIO()
    picture = Image.new("RGB", (width, height), colour)
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    picture.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def post(body: str) -> str:
    return article("Pictures", "2024-05-07", body=body)


def imgs(page: str) -> list[dict[str, str]]:
    return [dict(re.findall(r'([\w-]+)="([^"]*)"', tag)) for tag in re.findall(r"<img\s[^>]*>", page)]


def test_a_wide_photo_gets_its_size_smaller_copies_and_the_first_stays_eager(site):
    out, result = site({
        "content/trip/index.md": post("![Harbour](harbour.jpg)\n\n![Boat](boat.jpg)\n\n"
                                      "![Far away](https://example.org/x.jpg)"),
        "content/trip/harbour.jpg": jpeg(2000, 1000),
        "content/trip/boat.jpg": jpeg(300, 200),
    })  # fmt: skip
    assert not result.problems
    folder = out / "2024/05/trip"
    harbour, boat, remote = imgs((folder / "index.html").read_text())
    assert (harbour["width"], harbour["height"]) == ("2000", "1000")
    assert harbour["srcset"] == ("harbour-480w.jpg 480w, harbour-960w.jpg 960w, "
                                 "harbour-1600w.jpg 1600w, harbour.jpg 2000w")  # fmt: skip
    assert "sizes" in harbour and "loading" not in harbour  # the first is fetched at once
    for width in (480, 960, 1600):
        with Image.open(folder / f"harbour-{width}w.jpg") as copy:
            assert copy.size == (width, width // 2)
    assert (boat["width"], boat["height"]) == ("300", "200") and "srcset" not in boat
    assert boat["loading"] == "lazy" and remote["loading"] == "lazy"
    assert "width" not in remote  # a picture elsewhere is not fetched to be measured


def test_a_picture_alone_with_a_title_is_a_figure_with_its_caption(site):
    out, _ = site({"content/a/index.md": post('![Alt text](p.jpg "A <b>bold</b> caption")\n\n'
                                              'Text with ![inline](p.jpg "no figure") picture.'),
                   "content/a/p.jpg": jpeg(100, 50)})  # fmt: skip
    page = (out / "2024/05/a/index.html").read_text()
    figure = re.search(r"<figure><img [^>]*><figcaption>(.*?)</figcaption></figure>", page)
    assert figure and figure.group(1) == "A &lt;b&gt;bold&lt;/b&gt; caption"
    assert 'title="A' not in figure.group() and 'title="no figure"' in page


def test_a_turned_photo_is_sized_as_it_is_shown(site):
    out, _ = site({"content/a/index.md": post("![x](turned.jpg)"),
                   "content/a/turned.jpg": jpeg(1200, 600, orientation=6)})  # fmt: skip
    [tag] = imgs((out / "2024/05/a/index.html").read_text())
    assert (tag["width"], tag["height"]) == ("600", "1200")
    with Image.open(out / "2024/05/a/turned-480w.jpg") as copy:
        assert copy.size == (480, 960)


def test_an_svg_is_sized_from_its_attributes_or_viewbox_and_never_parsed(site):
    entity = '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    out, result = site({
        "content/a/index.md": post("![a](a.svg)\n\n![b](b.svg)\n\n![c](c.svg)"),
        "content/a/a.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="140"/>',
        "content/a/b.svg": '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 90.5 30"/>',
        "content/a/c.svg": entity + "<svg xmlns='http://www.w3.org/2000/svg'>&x;</svg>",
    })  # fmt: skip
    assert not result.errors
    a, b, c = imgs((out / "2024/05/a/index.html").read_text())
    assert (a["width"], a["height"]) == ("240", "140") and (b["width"], b["height"]) == ("90", "30")
    assert "width" not in c and "srcset" not in a


def test_copies_are_made_once_and_again_only_when_the_picture_changes(tmp_path):
    write_files(tmp_path, {"sitegen.toml": "", "content/a/index.md": post("![x](p.jpg)"),
                           "content/a/p.jpg": jpeg(1000, 500, "red")})  # fmt: skip
    cfg = load_config(tmp_path / "sitegen.toml")
    build(cfg)
    made = sorted((tmp_path / ".sitegen-cache/pictures").iterdir())
    assert len(made) == 2  # 480 and 960 px
    stamps = [p.stat().st_mtime_ns for p in made]
    (tmp_path / "content/a/index.md").write_text(post("Words first.\n\n![x](p.jpg)"))
    build(cfg)
    assert [p.stat().st_mtime_ns for p in made] == stamps  # the same picture: not remade
    (tmp_path / "content/a/p.jpg").write_bytes(jpeg(1000, 500, "blue"))
    build(cfg)
    with Image.open(cfg.output_path / "2024/05/a/p-480w.jpg") as copy:
        assert copy.getpixel((10, 10))[2] > 200  # blue now
    assert not set(made) & set((tmp_path / ".sitegen-cache/pictures").iterdir())  # old gone


def test_a_pictures_copies_are_the_same_bytes_in_every_build(tmp_path):
    files = {"sitegen.toml": "", "content/a/index.md": post("![x](p.jpg)"),
             "content/a/p.jpg": jpeg(1000, 500)}  # fmt: skip
    outputs = []
    for name in ("one", "two"):
        write_files(tmp_path / name, files)
        build(load_config(tmp_path / name / "sitegen.toml"))
        outputs.append((tmp_path / name / "public/2024/05/a/p-960w.jpg").read_bytes())
    assert outputs[0] == outputs[1]


def test_the_lead_picture_is_an_absolute_address_for_sharing(site):
    out, _ = site({"content/a/index.md": post("Text.").replace("---\n\n", "image: lead.jpg\n---\n\n", 1),
                   "content/a/lead.jpg": jpeg(100, 50)},
                  'base_url = "https://example.org/blog/"\n')  # fmt: skip
    page = (out / "2024/05/a/index.html").read_text()
    assert '<meta property="og:image" content="https://example.org/blog/2024/05/a/lead.jpg">' in page
    ld = json.loads(page.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert ld["image"] == "https://example.org/blog/2024/05/a/lead.jpg"


def test_a_picture_replaced_by_one_of_another_size_resizes_its_article(tmp_path):
    write_files(tmp_path, {"sitegen.toml": "", "content/a/index.md": post("![x](p.jpg)"),
                           "content/a/p.jpg": jpeg(1000, 500)})  # fmt: skip
    cfg = load_config(tmp_path / "sitegen.toml")
    build(cfg)
    (tmp_path / "content/a/p.jpg").write_bytes(jpeg(400, 300))
    build(cfg)  # incremental: only the picture changed
    [tag] = imgs((cfg.output_path / "2024/05/a/index.html").read_text())
    assert (tag["width"], tag["height"]) == ("400", "300") and "srcset" not in tag
    assert not (cfg.output_path / "2024/05/a/p-480w.jpg").exists()
