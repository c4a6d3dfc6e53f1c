#!/usr/bin/env python3
"""Fills a Qt .ts file from a JSON dictionary kept in translations/dictionaries/<lang>.json.

The dictionary maps "context\u0004source" (or just "source", used for every context) to a
translation string, or to a list of plural forms for %n messages. lupdate keeps translations
it already has, so the usual round is: update_translations target, then this script, then
`fill_ts.py --report` to list what is still missing.

    fill_ts.py translations/funddesk_fr.ts translations/dictionaries/fr.json
    fill_ts.py --report translations/funddesk_fr.ts
    fill_ts.py --missing translations/funddesk_fr.ts > missing.json   # sources still to do
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def save(tree, path):
    ET.indent(tree, space="    ")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(tree.getroot(), encoding="unicode"))
        out.write("\n")


def fill(ts_path, dict_path):
    with open(dict_path, encoding="utf-8") as f:
        dictionary = json.load(f)
    tree, root = load(ts_path)
    filled = 0
    for context, message in messages(root):
        source = message.findtext("source")
        value = dictionary.get(f"{context}\u0004{source}", dictionary.get(source))
        if value is None:
            continue
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value]
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            if isinstance(value, list):
                value = value[0]
            translation.text = value
        translation.attrib.pop("type", None)
        filled += 1
    save(tree, ts_path)
    return filled


def missing(ts_path):
    _, root = load(ts_path)
    out = {}
    for context, message in messages(root):
        translation = message.find("translation")
        if translation.get("type") == "unfinished":
            entry = {"context": context}
            comment = message.findtext("extracomment")
            if comment:
                entry["comment"] = comment
            if message.get("numerus") == "yes":
                entry["numerus"] = True
            out[message.findtext("source")] = entry
    return out


def main(argv):
    if len(argv) == 3 and argv[1] == "--report":
        todo = missing(argv[2])
        print(f"{argv[2]}: {len(todo)} unfinished")
        return 0 if not todo else 1
    if len(argv) == 3 and argv[1] == "--missing":
        json.dump(missing(argv[2]), sys.stdout, ensure_ascii=False, indent=1)
        return 0
    if len(argv) == 3:
        print(f"{argv[1]}: {fill(argv[1], argv[2])} filled")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
