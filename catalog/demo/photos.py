"""Demo product photos drawn locally with Pillow (nothing is downloaded).

Each photo is a deliberate-looking card: a colour per category, a simple drawing of the kind
of product (a plant or a device), the product's name and SKU.
"""

import colorsys
import hashlib
import textwrap
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

SIZE = 800


def _palette(category: str, variant: int) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    digest = hashlib.sha1(category.encode()).digest()
    hue = digest[0] / 255
    is_plant = category.lower().startswith("aquarium")
    if is_plant:
        hue = 0.25 + hue * 0.2  # greens and teals
    light = colorsys.hls_to_rgb(hue, 0.88 - 0.04 * variant, 0.45)
    dark = colorsys.hls_to_rgb(hue, 0.30, 0.55)
    return tuple(int(c * 255) for c in light), tuple(int(c * 255) for c in dark)


def _draw_plant(draw: ImageDraw.ImageDraw, colour, seed: int) -> None:
    base_x, base_y = SIZE // 2, 520
    for i in range(7):
        angle = -60 + i * 20 + (seed % 7)
        tip_x = base_x + angle * 3
        tip_y = 140 + abs(angle) * 2 + (seed >> i) % 40
        draw.line([(base_x, base_y), (tip_x, tip_y)], fill=colour, width=10)
        draw.ellipse([tip_x - 38, tip_y - 22, tip_x + 38, tip_y + 22], fill=colour)
    draw.rounded_rectangle([base_x - 90, base_y - 10, base_x + 90, base_y + 60], 18, fill=colour)


def _draw_device(draw: ImageDraw.ImageDraw, colour, category: str) -> None:
    lowered = category.lower()
    if "laptop" in lowered:
        draw.rounded_rectangle([200, 170, 600, 430], 16, outline=colour, width=14)
        draw.polygon([(150, 450), (650, 450), (690, 500), (110, 500)], fill=colour)
    elif "tv" in lowered:
        draw.rounded_rectangle([130, 150, 670, 460], 12, outline=colour, width=14)
        draw.rectangle([380, 460, 420, 510], fill=colour)
        draw.rectangle([300, 505, 500, 520], fill=colour)
    elif "headphone" in lowered:
        draw.arc([220, 130, 580, 490], 180, 360, fill=colour, width=18)
        draw.rounded_rectangle([200, 300, 280, 460], 24, fill=colour)
        draw.rounded_rectangle([520, 300, 600, 460], 24, fill=colour)
    else:  # phones, cases, chargers
        draw.rounded_rectangle([290, 120, 510, 520], 36, outline=colour, width=14)
        draw.ellipse([385, 470, 415, 500], fill=colour)


def draw_product_photo(
    *, target: Path, name: str, sku: str, category: str, index: int, total: int
) -> Path:
    """Write an 800×800 PNG for photo ``index`` (1-based) of ``total`` to ``target``."""
    light, dark = _palette(category, index)
    image = Image.new("RGB", (SIZE, SIZE), light)
    draw = ImageDraw.Draw(image)
    seed = int(hashlib.sha1(sku.encode()).hexdigest(), 16)
    if category.lower().startswith("aquarium"):
        _draw_plant(draw, dark, seed + index)
    else:
        _draw_device(draw, dark, category)
    title_font = ImageFont.load_default(size=44)
    small_font = ImageFont.load_default(size=26)
    lines = textwrap.wrap(name, width=28)[:2]
    y = 580
    for line in lines:
        width = draw.textlength(line, font=title_font)
        draw.text(((SIZE - width) / 2, y), line, fill=dark, font=title_font)
        y += 54
    caption = f"{sku}   ·   photo {index} of {total}"
    width = draw.textlength(caption, font=small_font)
    draw.text(((SIZE - width) / 2, SIZE - 60), caption, fill=dark, font=small_font)
    target.parent.mkdir(parents=True, exist_ok=True)
    image.save(target, format="PNG", optimize=True)
    return target


def generate_demo_photos(*, csv_path: Path, target_root: Path) -> int:
    """Draw every photo the demo CSV names that is not there yet; returns how many were drawn."""
    import csv

    drawn = 0
    with csv_path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            paths = [p.strip() for p in row.get("photos", "").split("|") if p.strip()]
            for index, relative in enumerate(paths, start=1):
                target = target_root / relative
                if target.exists():
                    continue
                draw_product_photo(
                    target=target,
                    name=row["name"],
                    sku=row["sku"],
                    category=row["category"],
                    index=index,
                    total=len(paths),
                )
                drawn += 1
    return drawn
