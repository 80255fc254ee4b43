#!/usr/bin/env python3
"""Restores the eval documents (/work/eval/<set>/docs) from their public sources, as
each set's SOURCES.md describes, where it can be done by script: byte copies, and
mechanical conversions of HTML/templates/Slim/PDF (markup only; wording unchanged).

The repositories must first be brought onto the machine with the session's `fetch`
tool (github:owner/name); this script lists those it misses. Documents already on
disk are left alone. What it cannot restore is listed at the end (see
/work/eval/RESTORED.md for how the rest was done by hand).

Usage: python3 eval/tools/restore.py [--root /work/eval]"""
import argparse, hashlib, os, subprocess, sys, textwrap, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import html2md

MIRROR = "/work/.mirror"

# (set, file, repository, [commits to try], path)
BYTES = [
 ('real-en','en_saas-terms_plausible.md','plausible/website',['cee14c92ab3134ba0efaeaf328904be9da8f4692'],'terms.md'),
 ('real-en','en_dpa_plausible.md','plausible/website',['cee14c92ab3134ba0efaeaf328904be9da8f4692'],'dpa.md'),
 ('real-en','en_dpa_secoda.md','secoda/gitbook',['66634ee48468525daff4ca6f65a347a1839d536e'],'policies/data-processing-agreement.md'),
 ('real-en','en_msa_secoda.md','secoda/gitbook',['66634ee48468525daff4ca6f65a347a1839d536e'],'policies/master-subscription-agreement.md'),
 ('real-en','en_sla_secoda.md','secoda/gitbook',['66634ee48468525daff4ca6f65a347a1839d536e'],'policies/service-level-agreement.md'),
 ('real-en','en_msa_retool.md','tryretool/legal',['861ed7a0a865526b0904da9a703344ed3eb101af'],'pages/agreements/master-subscription-agreement.md'),
 ('real-en','en_switching-addendum_retool.md','tryretool/legal',['861ed7a0a865526b0904da9a703344ed3eb101af'],'pages/agreements/switching-addendum.md'),
 ('real-en','en_dpa_retool.md','tryretool/legal',['861ed7a0a865526b0904da9a703344ed3eb101af'],'pages/privacy-protection-security/dpa.md'),
 ('real-en','en_msa_keboola.md','keboola/website',['fd9a598886c0020e3d55edc59fdb8b2e69436e37'],'master-software-subscription-agreement.md'),
 ('real-en','en_dpa_keboola.md','keboola/website',['fd9a598886c0020e3d55edc59fdb8b2e69436e37'],'dpa.md'),
 ('real-en','en_dpa_simplelocalize.md','simplelocalize/legal',['d873ce1828ba42183abcbf6212fc1a5724978ed4'],'dpa.md'),
 ('real-en','en_dpa_us-digital-response.md','usdigitalresponse/dpa',['686886d85335783324aef2f3897d136c4c6dd854'],'dpa.md'),
 ('real-en','en_dpa_berget-ai.md','berget-ai/landing-page',['799a00b4569780988fb7f71a288d5edef433af5f'],'src/pages/dpa.md'),
 ('real-en','en_sla_berget-ai.md','berget-ai/landing-page',['799a00b4569780988fb7f71a288d5edef433af5f'],'src/pages/sla.md'),
 ('real-en','en_tos_cloudup-automattic.md','Automattic/legalmattic',['2f412dc4995bbec73504d077a04198a94ddd3c90'],'Terms of Service/Cloudup/EN-Terms-of-Service.md'),
 ('real-en','fr_cgu_club1-chatons.md','club-1/docs',['e01483dffb84d78fb78309d006bc647544af092b'],'cgu.md'),
 ('real-fr','fr_cgu_club1-chatons_2022.md','club-1/docs',['12cf5e1389e86cd25a06bde099c7fd526f015375'],'cgu.md'),
 ('real-fr','fr_cgu_gip-inclusion_dora_2025.md','gip-inclusion/dora',['0dfccabd8e0476e684e046ae8396c0d1c1bde638'],'front/src/routes/(static)/cgu/cgu-20251103/content.md'),
 ('real-fr','fr_cgu_etalab_datagouvfr_2024.md','etalab/datagouvfr-pages',['561f42332296c2c16ebef9b98067df13d1a81ce7'],'pages/legal/cgu.md'),
 ('real-fr','fr_cgu-pro_polymny-studio_2023.md','polymny/portal',['e47f3941c00eafed4576f42e1034df3f4d5702a9'],'content/cgu-professionnels.md'),
 ('real-fr','fr_cgu_dinsic_registre-preuve-covoiturage_2019.md','lauriebequet/preuve-covoiturage-doc',['d8f6521081fcf3868aaf4d3f5a4088301a111619'],'cgu.md'),
 ('real-fr-tenders','fr_convention-service_cloudtemple_baremetal_2025.md','Cloud-Temple/docs',['d7e307d4a90e81ff89f1b80e510d5216fa69ef5c'],'docs/contractual/baremetal.md'),
 ('real-fr-tenders','fr_convention-service_cloudtemple_openiaas_2025.md','Cloud-Temple/docs',['d7e307d4a90e81ff89f1b80e510d5216fa69ef5c'],'docs/contractual/iaas/sla_openiaas.md'),
 ('real-fr-tenders','fr_pas_noesya_osuny_2025.md','noesya/legal',['c5765ffa46a8fbfa3b16194dfdea06b4be47f3a4'],'data/noesya-pas.md'),
 ('real-fr-tenders','fr_politique-donnees_noesya_sous-traitant_2021.md','noesya/legal',['c5765ffa46a8fbfa3b16194dfdea06b4be47f3a4'],'data/noesya-ppdp.md'),
 ('real-fr-tenders','fr_cctp-ccap-extraits_aadtm-mayotte_plateforme-web_2024.md','lerina/lerina.github.io',['17c8dcde2956f1a12bc8532bdcfde60b583eda1c'],'html/l5l/Mayotte/notes.md'),
 ('real-mixed','en_sla_cds-gc-forms_2026.md','cds-snc/platform-forms-client',['9fffbed27a9ef66ca5a26d84d125071b12735a46'],'public/static/content/en/sla.md'),
 ('real-mixed','en_tos_automattic_wordpresscom_2026.md','Automattic/legalmattic',['2f412dc4995bbec73504d077a04198a94ddd3c90'],'Terms of Service/WordPress.com/EN-Terms-of-Service.md'),
 ('real-mixed','en_tos_berget-ai_2025.md','berget-ai/landing-page',['799a00b4569780988fb7f71a288d5edef433af5f'],'src/pages/terms.md'),
 ('real-mixed','en_tos_govuk-paas_2019.md','alphagov/paas-cf',['23cdaeab8e44b7478850b804a66c007be937c59e'],'config/accounts/documents/terms-of-use.md'),
 ('real-mixed','fr_cgu_ign-anct_portail-ban_2025.md','BaseAdresseNationale/adresse.data.gouv.fr',['0ce360b42db9cf6018b958eb9f073442a7ac1c7e'],'public/markdown/cgu.md'),
 ('real-fr-2','fr_cgu_ign_geoplateforme_2024.md','IGNF/cartes.gouv.fr-edito',['193e78be2d6d6f510aee019cad66e37195d5f124'],'content/cgu/index.md'),
 ('real-fr-2','fr_cgu_culture_collectif-objets_2024.md','betagouv/collectif-objets',['762acc3ae2647e026904af3efc9998fbbf6c308a'],'contenus/content_blobs/conditions.md'),
]

# (set, file, repository, [commits], path, converter)
CONVERTED = [
 ('real-fr','fr_dpa_gip-inclusion_rdv-insertion_convention-sous-traitance_2025.md','gip-inclusion/rdv-insertion',['5096dae44cc4bab2efd633c88243372c8e25d5d6'],'app/views/common/_dpa_content.html.erb','html'),
 ('real-fr','fr_cgu_gip-inclusion_rdv-insertion_2025.md','gip-inclusion/rdv-insertion',['478e639cf3cc6a3e286d5bedddf413c017e42b58'],'app/views/website/static_pages/cgus_versions/_2025_03_12.html.erb','html'),
 ('real-fr','fr_cgu_gip-inclusion_emplois-inclusion_2026.md','gip-inclusion/les-emplois',['800c551c45aa8a763b894a96935ad0d15b645521'],'itou/templates/static/legal/terms/versions/2026-03-16.html','html'),
 ('real-fr','fr_cgu_gip-inclusion_carnet-de-bord_2023.md','gip-inclusion/carnet-de-bord',['3ad32b8695d6c9877e89453c7fc605c038098686'],'app/src/routes/(public)/cgu/+page.svelte','html'),
 ('real-fr','fr_cgu_anct_aidants-connect_2026.md','betagouv/Aidants_Connect',['f752c7f6d1d08304664924581fadd2da7f713522'],'aidants_connect_web/templates/public_website/cgu.html','html'),
 ('real-fr','fr_cgu_anct_rdv-solidarites_2024.md','betagouv/rdv-service-public',['d583770853398f769b61428db871fcac284f87f1'],'app/views/static_pages/cgu.html.slim','slim'),
 ('real-en','fr_cgu_anct_rdv-solidarites.md','betagouv/rdv-service-public',['2693798dd8cb52d5c526e67c8d62a2474b4d370c','d583770853398f769b61428db871fcac284f87f1'],'app/views/static_pages/cgu.html.slim','slim'),
 ('real-fr','fr_cgu-dpa_anct_rdv-service-public-agent_2025.md','betagouv/rdv-service-public',['538aa1975c43bd635b13ae8509571a344c93a8ab'],'app/views/static_pages/cgu_agent.html.slim','slim'),
 ('real-fr','fr_cgu_mtes_histologe-partenaires_2026.md','MTES-MCT/histologe',['b9fce7c999d50261755ecd510cae22d61585072c'],'templates/back/cgu/cgu_bo.html.twig','html'),
 ('real-fr','fr_cgu_men-dne_visio-agents-b3desk_2025.md','numerique-gouv/b3desk',['b12299a95e16c110ee86111f7c330a86b507ec10'],'web/b3desk/templates/footer/cgu.html','html'),
 ('real-fr','fr_cgu_dinum_audioconf_2024.md','numerique-gouv/audioconf',['201f617830b6eca19632fc89dfc2719218a79340'],'views/partials/cgu.ejs','html'),
 ('real-fr-2','fr_cgu_mte-mctrct_aides-territoires_2023.md','MTES-MCT/aides-territoires-symfony',['e32e8506b549e76862bc75a847d10cb6ee3da9e2'],'templates/static/terms/index.html.twig','html'),
 ('real-fr-2','fr_cgu_dgitm_dialog_2025.md','MTES-MCT/dialog',['a55692369d5d9632a408a5bef0918132d5548e10'],'templates/cgu.html.twig','twig-markdown'),
 ('real-fr-2','fr_convention-sous-traitance_dinum_fichiers_2026.md','numerique-gouv/lasuite-landingpage',['b45741cd44c62a9d7906ca1c75effc9c866a4508'],'content/legal-drive-pages/fr/convention-mise-a-disposition.yml','yaml-title-body'),
 ('real-fr','fr_cgu_framasoft_2016.md','framasoft/accueil',['6ff59da37821bf8ce868db51be331aad237103cb'],'app/locales/fr/cgu.yml','yaml-framasoft'),
 ('real-fr-2','fr_cgu_anssi_monaidecyber_2025.md','betagouv/mon-aide-cyber',['569663820fafb849658805ff54201a2783ef818c'],'mon-aide-cyber-ui/public/fichiers/CGU_MonAideCyber.pdf','pdf'),
 ('real-fr-tenders','fr_rc_amf_sharepoint_2022.md','tokyorak/RAO-AMF',['6aa729736890f05f392da0e8a3a4a40386dcbdee'],'2022_011 RC.pdf','pdf'),
 ('real-mixed','en_dpa_37signals_2023.md','basecamp/policies',['d39f6f17bbd90d82b1df9fa7a0df845edd487de0'],'privacy/regulations/dpa/Data_Processing_Addendum_current.pdf','pdf'),
]


def git_dir(repo):
    d = f"{MIRROR}/{repo.replace('/', '+')}/repo"
    return d + "/.git" if os.path.isdir(d + "/.git") else d


def show(repo, commits, path):
    for c in commits + ["HEAD"]:
        r = subprocess.run(["git", "--git-dir", git_dir(repo), "show", f"{c}:{path}"], capture_output=True)
        if r.returncode == 0:
            return r.stdout
    return None


def convert(kind, raw):
    here = os.path.dirname(os.path.abspath(__file__))
    if kind == "html":
        return html2md.convert(raw.decode("utf-8", "replace"))
    if kind == "slim":
        tmp = "/tmp/_restore.slim"
        open(tmp, "wb").write(raw)
        return subprocess.run([sys.executable, f"{here}/slim2md.py", tmp], capture_output=True, text=True).stdout
    if kind == "pdf":
        tmp = "/tmp/_restore.pdf"
        open(tmp, "wb").write(raw)
        return subprocess.run([sys.executable, f"{here}/pdf2md.py", tmp], capture_output=True, text=True).stdout
    if kind == "twig-markdown":
        s = raw.decode()
        m = re.search(r"\{%\s*apply markdown_to_html\s*%\}(.*?)\{%\s*endapply\s*%\}", s, re.S)
        return textwrap.dedent(m.group(1)).replace("{{ title }}", "Conditions générales d’utilisation").strip() + "\n"
    import yaml
    d = yaml.safe_load(raw.decode())
    if kind == "yaml-title-body":
        body = re.sub(r"^(\s*)\* ", r"\1- ", d["body"], flags=re.M)
        return f"# {d['title']}\n\n{body}".strip() + "\n"
    if kind == "yaml-framasoft":
        parts = ["# " + d["title"], d["intro"]]
        for k in ("sympa", "terms"):
            parts += [d["short"][k]["text"], "\n".join("- " + str(i) for i in d["short"][k]["list"])]
        parts += [d["full"], d["footer"]]
        text = "\n\n".join(str(p).strip() for p in parts) + "\n"
        return html2md.convert(text) if "<" in text else text
    raise ValueError(kind)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default="/work/eval")
    a = ap.parse_args()
    missing_repos, failed = set(), []
    for s, f, repo, commits, path, *kind in BYTES + CONVERTED:
        out = f"{a.root}/{s}/docs/{f}"
        if os.path.exists(out):
            continue
        if not os.path.isdir(f"{MIRROR}/{repo.replace('/', '+')}"):
            missing_repos.add(repo)
            continue
        raw = show(repo, commits, path)
        if raw is None:
            failed.append(f"{s}/{f}")
            continue
        os.makedirs(os.path.dirname(out), exist_ok=True)
        if kind:
            open(out, "w").write(convert(kind[0], raw))
        else:
            open(out, "wb").write(raw)
        print("restored", s, f)
    if missing_repos:
        print("fetch first:", " ".join(f"github:{r}" for r in sorted(missing_repos)))
    if failed:
        print("not found at the listed commits:", ", ".join(failed))


if __name__ == "__main__":
    main()
