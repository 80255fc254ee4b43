#!/usr/bin/env python3
"""Restores the eval documents (/work/eval/<set>/docs) from their public sources, as
each set's SOURCES.md describes, where it can be done by script: byte copies, and
mechanical conversions of HTML/templates/Slim/PDF (markup only; wording unchanged).

The repositories must first be brought onto the machine with the session's `fetch`
tool (github:owner/name); this script lists those it misses. Documents already on
disk are left alone. What it cannot restore is listed at the end (see
/work/eval/RESTORED.md for how the rest was done by hand).

Some conversions need tools outside Python: pdftotext and pandoc (Debian bookworm's poppler-utils
22.12.0 and pandoc 2.17.1.1, the versions the helpers used), node, and the npm package pug@3
(NODE_PATH pointing at its node_modules) for MonServiceSécurisé; clausier's release binary for
the "pdf" kind (CLAUSIER_BIN). A conversion that fails is reported, not written.

Usage: python3 eval/tools/restore.py [--root /work/eval]"""
import argparse, hashlib, html, os, subprocess, sys, textwrap, re
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
 # real-fr-3 (the four OVHcloud policies are in NOT_SCRIPTED)
 ('real-fr-3','en_data-classification-policy_noesya_2021.md','noesya/legal',['c5765ffa46a8fbfa3b16194dfdea06b4be47f3a4','8a7db1908286b9ecf396cad7fa8c709027bd73ad'],'data/noesya-dcp.md'),
 ('real-fr-3','fr_pra_noesya_osuny_2025.md','noesya/legal',['c5765ffa46a8fbfa3b16194dfdea06b4be47f3a4','8a7db1908286b9ecf396cad7fa8c709027bd73ad'],'data/noesya-pra.md'),
 ('real-fr-3','fr_pssi_noesya_osuny_2025.md','noesya/legal',['c5765ffa46a8fbfa3b16194dfdea06b4be47f3a4','8a7db1908286b9ecf396cad7fa8c709027bd73ad'],'data/noesya-psi.md'),
 ('real-fr-3','fr_politique-mco-mcs_cloudtemple_paas-openshift_2026.md','Cloud-Temple/docs',['ccdef5f2dcf4808add2b20cae82c5f9b03bd3a47','b95a2eab6149bf8e883720044ff0af3adabea21e'],'docs/contractual/paas/mco_mcs.md'),
 ('real-fr-3','fr_sla_cloudtemple_vm-instances_2026.md','Cloud-Temple/docs',['8706d339da7c78d234b807f09a9ca2fdae5de017','b95a2eab6149bf8e883720044ff0af3adabea21e'],'docs/contractual/vm-instances/sla_vm-instances.md'),
 ('real-fr-3','fr_sla_cloudtemple_vpc_2026.md','Cloud-Temple/docs',['e986152430210f0fecff38c2fc34edefa856a573','b95a2eab6149bf8e883720044ff0af3adabea21e'],'docs/contractual/network/sla_vpc.md'),
 # real-fr-4 (France Chaleur Urbaine and EUSurvey are in CONVERTED; the OVHcloud policy is in NOT_SCRIPTED)
 ('real-fr-4','en_dpa_exoscale_2025.md','exoscale/terms',['a83fba5dd1a3a59bc87c3a70b89613d148c44fc7','43f59766e6139dd14dc396f63b6840836c33da99'],'dpa.markdown'),
 ('real-fr-4','en_dpa_fortrabbit_2025.md','fortrabbit/legal',['f861719357f43a3e5a08ff351cc47d32f07b3132','35a79d43965b27d84a8ed527f3eea5d3df5d9252'],'data-protection/data-processing.md'),
 ('real-fr-4','en_terms_exoscale_2026.md','exoscale/terms',['a83fba5dd1a3a59bc87c3a70b89613d148c44fc7'],'terms.markdown'),
 ('real-fr-4','fr_cgu_cgdd_ecologie-data-gouv_2026.md','opendatateam/udata-front-kit',['e3f3f9349b7a0fc22f27191c58ba5c8788a677f6','95dbd7ba37b1ef4c9815eee959d555d53f077956'],'public/static/ecospheres/pages/terms.md'),
 ('real-fr-4','fr_cgu_cour-de-cassation_judilibre_2021.md','Cour-de-cassation/judilibre-search',['202edcaaffaca9a88e2eb8796707a91de420101d'],'CGU.md'),
 ('real-fr-4','fr_cgv_bug-builders_2018.md','bug-builders/website',['782b558652da765617c4e45e950284de08c876c2','806596a7f4d0e4eeb0cc998ba34090c09548bcd2'],'CGV.md'),
 ('real-fr-4','fr_cgv_telescoop_2022.md','TelesCoop/telescoop-cgv',['d2a1cba3bab452ab6fc2c134e514204d1c5cc90f'],'CGV.md'),
 # real-fr-5 (DomiFa x2 and APiLos are in CONVERTED, the two OVHcloud policies in NOT_SCRIPTED); the Mano files are the PDFs themselves
 ('real-fr-5','fr_cgs_adsn_lecoffre-io_2023.md','Not-IT-projects/LeCoffre.io',['0aacb6eb5e75a4d2c7f3e044b37eca81fa669fb2','1185fdb3256456618fc7fb902977fd9279c10b4f'],'CGU.md'),
 ('real-fr-5','fr_cgu_huckleberry_pilot_2018.md','hbyio/www.hby.io',['bb672303bb15f4df71d435a65ea636d01a793eff','f09bcc8d28b97e123214c468c04133e894e19298'],'content/policies/termsofuse.fr.md'),
 ('real-fr-5','fr_cgv_huckleberry_pilot-saas_2018.md','hbyio/www.hby.io',['bb672303bb15f4df71d435a65ea636d01a793eff','997dfe2d70af92cddf2565f477b3455d6673369d'],'content/policies/terms.fr.md'),
 ('real-fr-5','fr_cgu-dpa_dnum-ministeres-sociaux_mano_2023.pdf','SocialGouv/mano',['94a8d19946098d9c934a55de0cee868689436759','3024f98ef5f5d6099c689335ce0535b8c0b50174'],'dashboard/public/cgu.pdf'),
 ('real-fr-5','fr_politique-confidentialite_dnum-ministeres-sociaux_mano_2023.pdf','SocialGouv/mano',['94a8d19946098d9c934a55de0cee868689436759','67950e07ae0efd3233b8e64e8c39259de0049458'],'dashboard/public/privacy.pdf'),
 # real-mixed-2 (Altertek, one line edited, is in CONVERTED)
 ('real-mixed-2','en_dpa_bytescale.md','bytescale/bytescale-legal-docs',['9d41c40f62da1d9662dcfd7adc5c8704ba013846','cdd77ee51c1790d654deeb586c72cc8c1439e52d'],'dpa.md'),
 ('real-mixed-2','en_dpa_pdfshift.md','pdfshift/www.pdfshift.io',['434627777758480593113685417037318e6d9319','458e5ab3fab599048e9127f62143b8441ea94bce'],'content/legal/dpa.md'),
 ('real-mixed-2','en_sla_flywheel_wordpress-hosting.md','getflywheel/legal',['9e937052ed2a49dec16498d7ea41e4a996e3ef67','38f2082b5fcc7b3d38bc38ff33f558bbca8ac3a0'],'sla.md'),
 ('real-mixed-2','en_terms_fortrabbit_hosting.md','fortrabbit/legal',['f861719357f43a3e5a08ff351cc47d32f07b3132','35a79d43965b27d84a8ed527f3eea5d3df5d9252'],'contract/terms.md'),
 ('real-mixed-2','en_terms_giantswarm_managed-kubernetes.md','giantswarm/legal',['3bada24e721aac93d4718f3b5938fc83bef80418','64adb0868cb140bf7123df9e6f427998eaf7f9c4'],'terms.md'),
 ('real-mixed-2','en_tos_automattic_crowdsignal.md','Automattic/legalmattic',['2f412dc4995bbec73504d077a04198a94ddd3c90','d7015d049bd414092001b829d35335fe50d4a904'],'Terms of Service/Crowdsignal/Crowdsignal Terms and Conditions.md'),
 ('real-mixed-2','fr_cgs_yunohost_services-projet.md','YunoHost/project-organization',['4c5d0dcd52d9cc1d5d19820dd421df5bfdf633e8','6fb59e677d398a9230e649ed82833ad3c27a9ea3'],'yunohost_project_tos_fr.md'),
 ('real-mixed-2','fr_cgu_mozilla_hubs.md','mozilla/legal-docs',['0b355766bad6c291ca9e70d4e1852a8fc54b3a04','299473dbe08d7c5061ac3e8d4b174388c294fa59'],'fr/hubs_tos.md'),
 ('real-mixed-2','fr_conditions-utilisation_edsc-snc_formulaires-gc.md','cds-snc/platform-forms-client',['9fffbed27a9ef66ca5a26d84d125071b12735a46','d3ba66aa42329a166eba777f3654cbc5c3dd4169'],'public/static/content/fr/terms-of-use.md'),
 # real-mixed-3 (GOV.UK Forms MOU is in CONVERTED; Mano CGU and DomiFa responsable-structure were dropped by the lead)
 ('real-mixed-3','en_data-hosting-policy_keepnet-labs.md','ucarozan/keepnet-docs',['b08d34197aaaf7717895e38edfdc36e8c503998c','510c4013504e7815284207cd823c3b8c227db34b'],'legal-hub/for-customers/regional-data-hosting-policy.md'),
 ('real-mixed-3','en_dpa_dataresearchcenter-idio.md','dataresearchcenter/legal',['fd083114d3d9d409254c09d2fe50b7d2c6ca7bb1','1015df37846d12fd0dafc941bd95861c298bc292'],'docs/en/dpa.md'),
 ('real-mixed-3','en_dpa_keepnet-labs.md','ucarozan/keepnet-docs',['b08d34197aaaf7717895e38edfdc36e8c503998c','510c4013504e7815284207cd823c3b8c227db34b'],'legal-hub/for-customers/data-processing-agreement.md'),
 ('real-mixed-3','en_dpa_walla.md','Walla-Inc/walla-policies',['9a63af4645c6d0c287dc2ee3dfd249ed5bbc2246','555ade62ea87ff7295e8b7b4ccdd54e62b4b51e6'],'dpa.md'),
 ('real-mixed-3','en_tos_dataresearchcenter-idio.md','dataresearchcenter/legal',['fd083114d3d9d409254c09d2fe50b7d2c6ca7bb1','8b3ab75139c0085ad29689282eb892c22348e06b'],'docs/en/tos.md'),
 ('real-mixed-3','fr_cgu_dinum_webconference-etat.md','DISIC/wce-portail',['9b0ccd16aee5aa2227d07f87552ff6a80de08cf8','f12e4575fab25d33b4a68ae24dd4eae58149c3b8'],'src/pages/Cgu/Cgu.md'),
 ('real-mixed-3','fr_conditions-utilisation_geo6.md','geo6/website',['6ce024a6e2f97b49532d1b29066ecbca4a2d3568','03be76d727c54a19cefbf9060d1d9703a95f4cd0'],'fr/terms.md'),
 # real-en-2
 ('real-en-2','en_data-retention-policy_platformsh.md','platformsh/platformsh-docs',['856c48644ceecbdb27a42719cd2040be860cf991','56ee689b696c6b2e9bf0e2f3f12ade0725ac9725'],'sites/platform/src/security/data-retention.md'),
 ('real-en-2','en_dpa_starred.md','ethnt/starred-homepage',['bf91edddb4166b6000f25abe7c1a54120331c051','c21d82b9c1b2bfe68afa07a77634b96fab5c4e8d'],'_i18n/en/_policies/data_processing.md'),
 ('real-en-2','en_dpa_travis-ci.md','travis-ci/docs-travis-ci-com',['224f072eb7fc7663402fb4f9a3508c819679798a','87ca95fc3241be251657b63aec50b4f7d2715fbb'],'legal/data-processing-agreement.md'),
 ('real-en-2','en_dpa_weblate.pdf','WeblateOrg/website',['ebd141082e93544ebb29832a21817d40b5d93c8f','a81317dd38858ad67b72db5cbf5c14d37bddb9d8'],'weblate_web/legal/static/Weblate_Data_Processing_Agreement_Sample.pdf'),
 ('real-en-2','en_privacy-dpa_erpnet.md','ErpNetDocs/info',['37fb282ff4a6b609230b165bf8ad9199c2d00dac','84cee7d341cff59e147fcf822fcf4bc8d1ad48f3'],'legal/privacy.md'),
 ('real-en-2','en_security-annex-tom_grnet.md','ARGOeu/argo-messaging',['09a399203dbb6b9a60366e1168ffbb04d6cd1dc7','f984491961c7fb4a4703e365ce7356ee4c5c2a79'],'website/docs/policies/tom.md'),
 ('real-en-2','en_sla_kartoza-geospatialhosting.md','kartoza/GeoHosting',['8ceed69a7b071423ceae0056faf2913e03cd3a23','b8b03ff7ffc70f36c636b3cd920de5639721a914'],'django_project/documentations/Service_Level_Agreement_(SLA)_Lda.md'),
 ('real-en-2','en_terms_datafortress-cloud.md','JustinGuese/easycloudhost-wallet-static',['5516a13b81c39290c3d79aaaebd61300ba301d0a','f1e0891af4d99300bd5d777834e2ea49c0d9e4e2'],'content/english/terms.md'),
 ('real-en-2','en_tos_comwork-cwcloud.md','comworkio/comwork-cloud-wiki',['623b6a3eac59810e94c3732696330b0029e746be','d7a4587fac1e55760e735a4e3547564af8fdcf1b'],'terms.md'),
 ('real-en-2','en_tos_crunch.md','Crunch-io/ta-da',['b8573f395d25254e2212b4a6c1bbc0198ccefbda','6354c8343add26e8178b38900f54fe83e3080292'],'content/about/terms-of-service.md'),
 # real-mixed-5 (byte copies; the conversions are in CONVERTED, CloudIL in NOT_SCRIPTED)
 ('real-mixed-5','en_dpa_herodesk.md','Herodesk/terms',['3e6ea1391be6085aca73958f6c7d2a22a322d30e','c6bd757b08373a0a2a3b3806c355c7841f4d4af0'],'DPA.md'),
 ('real-mixed-5','en_sla_woomberg_managed-wordpress.md','Woomberg/legal',['10188fd1990ddd2303de22428cf037093c29aff5','e60a479bd58b66b85bb71e51dfd68a217efb583b'],'SLA.md'),
 ('real-mixed-5','fr_cgu_amu-mesocentre_hedy.md','MesoNET/user-documentation',['846316eff0c993cb1077879a027caa65503ab803','33d86c43d49708221c356d670a2b7d30783226ac'],'docs/code_form/hedy/cgu.md'),
 ('real-mixed-5','fr_cgu_urca-romeo_juliet.md','MesoNET/user-documentation',['846316eff0c993cb1077879a027caa65503ab803','2af9045c844e9b7c0033ae9b9c4e6537c0622d4b'],'docs/code_form/juliet/CGU.md'),
 # real-mixed-6 (all four byte copies)
 ('real-mixed-6','en_dpa_cleartax-defmacro.md','aditystomar-ct/Clear-Hack',['dc1f0606e3045b192f6eec123c06e9a130623d17','3b114bafdb79c3916d2b28df8846f0ba42488c54'],'ClearTax_DPA.md'),
 ('real-mixed-6','en_dpa_tigris-data.md','tigrisdata/tigris-os-docs',['63c94bcb86747104ea1de686ad7d33f562b6addd','23336a14489b645df62e2dd4922ab2c53160ce96'],'docs/legal/data-processing.md'),
 ('real-mixed-6','en_paas-agreement_hopsworks.md','MagicLex/hopsworks-managed',['037815d27dbd708315955faf1701c7dd98b381ab','31a2a164e88711634d383fbab423451145c830be'],'public/aggreementpaas.md'),
 ('real-mixed-6','fr_cgu_talao_identite-numerique.md','TalaoDAO/AltMe',['80d70bc5b72655e200f8f372f28fa0bce7d13f7d','71fb39cc6cff902872e60490cd2a1e95690b438d'],'assets/terms/mobile_cgu_fr.md'),
 # real-fr-6 (all seven are the buyers' PDFs, byte copies)
 ('real-fr-6','fr_cahier-charges_departement-gironde_amo-archives_2015.pdf','akakeronos/notrescop',['f7a29355dc9f1f6ff0a814de6ef84c72685b5ca9','6c825c0f82f5709945a02c14ff863db1f16d92f2'],'doc/Ex-AMO-Site-internet/CCTP-AD33.pdf'),
 ('real-fr-6','fr_ccap_vallee-sud-grand-paris_infogerance_2025.pdf','cisbeo/scorpiusAO',['d3615a7af9a0e0a30a062d7395ae4391e525c163','722c6f05c54e74c77c049ddbc0ebb0e10bfaafc4'],'Examples/VSGP-AO/CCAP.pdf'),
 ('real-fr-6','fr_cctp_vallee-sud-grand-paris_infogerance_2025.pdf','cisbeo/scorpiusAO',['d3615a7af9a0e0a30a062d7395ae4391e525c163','722c6f05c54e74c77c049ddbc0ebb0e10bfaafc4'],'Examples/VSGP-AO/CCTP.pdf'),
 ('real-fr-6','fr_rc_vallee-sud-grand-paris_infogerance_2025.pdf','cisbeo/scorpiusAO',['d3615a7af9a0e0a30a062d7395ae4391e525c163','722c6f05c54e74c77c049ddbc0ebb0e10bfaafc4'],'Examples/VSGP-AO/RC.pdf'),
 ('real-fr-6','fr_ccap_ville-le-bourget_infogerance_2025.pdf','cisbeo/scorpiusAO',['d3615a7af9a0e0a30a062d7395ae4391e525c163','2982d1f76c28d8718111fd90ea121ece3edd3172'],'Examples/dce-v1 /CCAP.pdf'),
 ('real-fr-6','fr_cctp_ville-le-bourget_infogerance_2025.pdf','cisbeo/scorpiusAO',['d3615a7af9a0e0a30a062d7395ae4391e525c163','2982d1f76c28d8718111fd90ea121ece3edd3172'],'Examples/dce-v1 /CCTP.pdf'),
 ('real-fr-6','fr_rc_ville-le-bourget_infogerance_2025.pdf','cisbeo/scorpiusAO',['d3615a7af9a0e0a30a062d7395ae4391e525c163','2982d1f76c28d8718111fd90ea121ece3edd3172'],'Examples/dce-v1 /RC.pdf'),
 # real-en-3 (Tuta is in CONVERTED; Anastasis is the .rst source unchanged, saved as .md; Whereby's DPA is not in the snapshot HEAD)
 ('real-en-3','en_dpa_cryptlex.md','cryptlex/cryptlex-docs',['3af952fadae79e3b0065e8348abf2b6cfe519078','bc159d2db3e8a278f0f5d1585fc39db950f77c41'],'legal/data-processing-addendum.md'),
 ('real-en-3','en_dpa_embrace.md','embrace-io/embrace-docs',['3e541dcc5b5235c75e451f523a9128dff18f0643','cdfd2a1f46d36664625d38ef28d899114837088c'],'docs/dpa/index.md'),
 ('real-en-3','en_dpa_lucidtech-cradl.md','LucidtechAI/cradl-docs',['2f004465b1a6f8f79be9084993b8b3cbf52c6b37','820b1d23499229edd8c091a60a96f892d01985b4'],'docs/legal/v1.0.1/dpa.md'),
 ('real-en-3','en_dpa_playlyfe-catalyst.md','playlyfe/catalyst-policy',['48a2ac1e999e0704098ee89b3ac2ecd44d49f2d2','fee2504f0b0ef90263d611e8f0516fdf1aac96a9'],'DPA.md'),
 ('real-en-3','en_dpa_whereby.md','bjartemisund/policy',['3796ff05d799ed9902c2ee75fd91d868d6123ff2'],'dpa.md'),
 ('real-en-3','en_tos_anastasis-backup.md','LedgerProject/Anastasis',['1598ef80ab05a548b14cdd00a2874efa6aac3f6a','9871b79868c458673b9231dde4971099a92acd89'],'anastasis-g12e1f2b/contrib/tos/tos.rst'),
 ('real-en-3','en_tos_spacelift.md','spacelift-io/user-documentation',['6e9746fefd4ef10fc7c4b68567356a98d3c07c56','3b64e5d060ed1783f48552550045963bad25a2a9'],'docs/legal/terms.md'),
 ('real-en-3','en_tos_ukcloud-gcloud12.md','UKCloud/documentation',['0700d4320ff410d8e3d480253c989dbe549fc642','0dc0e6c30ac987054ce6f18a7fa41533369519dd'],'articles/other/other-ref-terms-and-conditions-g12.md'),
 # real-fr-7 (all five are the buyers' files, byte copies)
 ('real-fr-7','fr_ccap_afpa_amoa-modele_2026.docx','laurentroturier-cmyk/Suivi_dossiers_HA-supabase',['9a9571aec8d07b49ebe13c4bf13da19483ba88a4'],'public/XXXXX_02_CCAP (1).docx'),
 ('real-fr-7','fr_cctp_dae_amoa-transformation-numerique_2025.pdf','SofiTal/Projet-RAG-AO',['51434a408caeeaec4788eab9d3e8abb9efa5f1ff','12e089b0b5f845ec45b304256dfce4927ef77687'],'CCTP 2.pdf'),
 ('real-fr-7','fr_contrat_france-travail_bornes-irve-supervision_2026.pdf','bagdadien-maker/assistant_a0',['4f5b3ea8b6f1ecda36ec2efbe39d86bd20330bbc'],'Marche Bornes electriques_recherche/010.26 - March‚ Bornes ‚lectriques - Contrat VF.pdf'),
 ('real-fr-7','fr_rc_dae_amoa-transformation-numerique_2025.pdf','SofiTal/Projet-RAG-AO',['51434a408caeeaec4788eab9d3e8abb9efa5f1ff','12e089b0b5f845ec45b304256dfce4927ef77687'],'RC 2.pdf'),
 ('real-fr-7','fr_rc_ministere-justice_tma-ppsmj_2024.pdf','SofiTal/Projet-RAG-AO',['51434a408caeeaec4788eab9d3e8abb9efa5f1ff','12e089b0b5f845ec45b304256dfce4927ef77687'],'RC 1.pdf'),
 # real-mixed-7 (seven PDFs and one Markdown file, byte copies)
 ('real-mixed-7','en_dpa_qfieldcloud.pdf','opengisch/qfield.cloud',['1e42a748e7c50cb633d916d9517c25f10d044f85'],'dpa.pdf'),
 ('real-mixed-7','en_terms_sweep-ai.pdf','sweepai/landing-page',['a69ae8fa8ea9f3ec62bd919745c8c6878ccb77dd'],'public/tos.pdf'),
 ('real-mixed-7','en_tos_skynet-labs_siasky.pdf','SkynetLabs/skynet-webportal',['3984754e0056d003069e40d4712261e4910e2224'],'packages/website/static/terms.pdf'),
 ('real-mixed-7','en_tos_syslifters-sysreptor.md','Syslifters/sysreptor',['4d9b0abbaf01805722fe097241ee45631c8c7153','e577269572402eb50f541da8b54482a35def1a8a'],'docs/docs/terms-of-service.md'),
 ('real-mixed-7','fr_cgs_victor-levasseur-tech.pdf','victorlevasseur/vltech-website',['0e86dee918c261668b1261a5dd3699978eab9977'],'public/documents/cgv.pdf'),
 ('real-mixed-7','fr_cgu_idocus.pdf','minaiDocus/idocussave',['11f484bfeef9fc05a77d7336ca721c88332e2cdd'],'public/cgu.pdf'),
 ('real-mixed-7','fr_cgv_firstcloud-hosting_linufy.pdf','FirstCloud-Hosting/core-manager',['79c77ca46cf06ef22128daaabb3d7e11903e05be'],'CGV.pdf'),
 ('real-mixed-7','fr_cgv_hyperboloide_horodata.pdf','fdelbos/horodata',['c6e15d76e2aac169736fed4006a2b581adede542'],'static/CGV.pdf'),
 # real-fr-8 (all four are the publishers' PDFs, byte copies)
 ('real-fr-8','fr_cgu_aife_api-captchetat_2023.pdf','betagouv/datapass',['0f970f378347e34ce738ccf730d23a5df3262bf5'],'frontend/public/docs/cgu_api_captchetat_v_1_2.pdf'),
 ('real-fr-8','fr_cgu_cnous_api-etudiant-boursier_2022.pdf','betagouv/datapass',['0f970f378347e34ce738ccf730d23a5df3262bf5'],'frontend/public/docs/cgu_api_etudiant_boursier.pdf'),
 ('real-fr-8','fr_cgu_dgfip_api-imprimfip_2023.pdf','betagouv/datapass',['0f970f378347e34ce738ccf730d23a5df3262bf5'],'frontend/public/docs/cgu_prod_imprimfip_v.2023_09.pdf'),
 ('real-fr-8','fr_cgu_dgfip_api-infinoe_2023.pdf','betagouv/datapass',['0f970f378347e34ce738ccf730d23a5df3262bf5'],'frontend/public/docs/cgu_infinoe_production_v_2023_10.pdf'),
 # real-fr-9 (all five are the publishers' PDFs, byte copies)
 ('real-fr-9','fr_ccap_sgg-dinum_marche-produit-agile_2025.pdf','betagouv/doc.incubateur.net-communaute',['2ba8e2b83f5f6716e40a1d5813d3013d59001846'],'.gitbook/assets/CCAP_marché produit.pdf'),
 ('real-fr-9','fr_cctp_sgg-dinum_marche-produit-agile_2025.pdf','betagouv/doc.incubateur.net-communaute',['2ba8e2b83f5f6716e40a1d5813d3013d59001846'],'.gitbook/assets/CCTP_marché produit.pdf'),
 ('real-fr-9','fr_cgu_dinum_api-particulier_2022.pdf','betagouv/api.gouv.fr',['58a95fa545c6d8df030d7d0b9ddf8f29425d53e5'],'public/resources/CGU API Particulier.pdf'),
 ('real-fr-9','fr_convention-mise-a-disposition_dinum_hubee-proactivite-boursiers_2026.pdf','etalab/data_pass',['c3a17f129ff3f0471c94953ef2e813c9b7de4281'],'public/cgus/cgu_proactivite_CNOUS.pdf'),
 ('real-fr-9','fr_convention-mise-a-disposition_dinum_services-numeriques_2026.pdf','etalab/data_pass',['c3a17f129ff3f0471c94953ef2e813c9b7de4281'],'public/conventions/convention_mise_a_disposition_produits_dinum.pdf'),
 # real-en-5 (byte copies)
 ('real-en-5','en_cloud-terms_bonterms_v1.md','Bonterms/Cloud-Terms',['df13f512c3bd923cc09cc2dae918812f876ea6e9'],'Cloud-Terms.md'),
 ('real-en-5','en_customer-agreement_stedi_2022.md','mintlify-onboarding/stedi',['5b30ca3827113727033384262c5630af36a76198'],'legal/customer-agreement.md'),
 ('real-en-5','en_dpa_airfold_2025.mdx','airfold/docs',['cf9c47c9fac943f29947e3249ea2fc0982c6de82'],'legal/dpa.mdx'),
 ('real-en-5','en_dpa_axiom_2025.mdx','axiomhq/docs',['fbd61330c8357f2c24ea5d7b04b018e41392332d'],'content/docs/(documentation)/legal/data-processing.mdx'),
 ('real-en-5','en_dpa_pydantic-logfire_2024.md','pydantic/logfire',['fbfedffc913272fd08495a8ffef4b904b8f09dfb'],'docs/legal/data-processing-addendum.md'),
 ('real-en-5','en_subscription-agreement_kamon_2018.md','kamon-io/kamon.io',['10722ed6795cd3b7088e3826dc7e240caea8230d'],'legal/subscription-agreement.md'),
 ('real-en-5','en_usage-agreement_surfsara_2019.pdf','sara-nl/researchclouddocs',['7cfb98a4ce8805dd97f7e3f52836607b66b655ed'],'docs/PDFs/SURF_USAGE_AGREEMENT_v28-02-2019.pdf'),
 # real-mixed-8 (byte copies)
 ('real-mixed-8','en_data-processing-annex_oxford-information-labs.md','OxfordInfoLabs/oxil-themes',['730eadddfdd9973a6b60ca8b061a6211a2b4ae5a'],'net-commerce/hugo/content/terms/data-processing-annex.md'),
 ('real-mixed-8','en_general-terms_oxford-information-labs.md','OxfordInfoLabs/oxil-themes',['730eadddfdd9973a6b60ca8b061a6211a2b4ae5a'],'net-commerce/hugo/content/terms/_index.md'),
 ('real-mixed-8','en_dpa_infracost.md','infracost/docs',['57b4609c68b326acddf610c2856d7dd04613161c'],'docs/data_processing_addendum.md'),
 ('real-mixed-8','en_dpa_dployr.md','dployr-io/dployr-docs',['352ff640152e12732e267cbe784c5c1ac3dd7743'],'legal/data-processing-addendum.md'),
 ('real-mixed-8','en_terms_canarybit.md','canarybit/cc-docs',['a5221dcfb2dee7e623f81cd3fde6c9ee8efa5eb9'],'docs/legal/terms.md'),
 # real-mixed-9 (byte copies; the two Trackdéchets conversions are in CONVERTED)
 ('real-mixed-9','en_terms_github-additional-products.md','github/site-policy',['12992597c5d9d8cfc006693c54b9609d9993bc99'],'Policies/github-terms/github-terms-for-additional-products-and-features.md'),
 ('real-mixed-9','en_terms_github-corporate.md','github/site-policy',['12992597c5d9d8cfc006693c54b9609d9993bc99'],'Policies/github-terms/github-corporate-terms-of-service.md'),
 ('real-mixed-9','fr_cgu_sill-dinum.md','codegouvfr/keycloak-theme-dsfr',['7d5cdb44e9372d00796a6a9970087926203eb2bf'],'public/tos_fr.md'),
 # real-mixed-10 (byte copies; healthchecks.io's converted template is in CONVERTED)
 ('real-mixed-10','en_dpa_location-science.md','location-science/location-science.github.io',['778020ae0ff0dcaf6d2bbca0c63a6a7478b91ebb'],'dpa.md'),
 ('real-mixed-10','en_dpa_syncmyorders-runtara.md','runtarahq/runtara-website',['bc20863a2ab0113933eda9dfd06621af7329f0cc'],'legal/dpa.md'),
 ('real-mixed-10','en_dpa_taxy.md','taxy-au/taxy-website',['a44ce634e6cec17eb661b6abb5db8116abafd66c'],'legal/dpa.md'),
 ('real-mixed-10','fr_cgu_c2rmf_euphrosyne.md','betagouv/euphrosyne',['3f6ad20257ddf06c88a785319fba9a5f48fd060e'],'static_pages/pages/cgu/fr.md'),
 # real-en-4 (Langfuse, Qdrant and Weaviate are in NOT_SCRIPTED; ICDSoft is in CONVERTED)
 ('real-en-4','en_sla_datacoves.md','datacoves/docs-v2',['e985399fa26bac1979795191fdcc16dd094f8a14'],'src/pages/sla.md'),
 ('real-en-4','en_tos_appscode.md','appscode/website',['d044b40a3ea7ae46b54d808cd1fd5587ed147da1','f68d5e05b888a08e0afc51c7a44a755b7d6d545c'],'content/legal/tos.md'),
 ('real-en-4','en_tos_openstatus.mdx','openstatusHQ/openstatus',['22df52eb0dbdafbad2c3fa41269f7a3a3cbf044b','bfb38b88ddc78c084db664ce49303dc454ac07a4'],'apps/web/src/content/pages/unrelated/terms.mdx'),
 # real-mixed-4 (Matrix.org is in NOT_SCRIPTED, Udini in CONVERTED); Menditect is a byte copy of the stored version the helper typed
 ('real-mixed-4','en_sla_menditect.md','Menditect/documentation',['79fb56fdf7a9496ce76d1e7432edd8fb26b25376'],'legal/sla.md'),
 ('real-mixed-4','en_dpa_safai.md','safai-labs/resiliate-book',['ae9e3c1cc30fb7b91e10a5a44eccb5c59b2b0f88','cef71851363f533ed87b759decfca1474f0dbb32'],'src/policies/dpa.md'),
 ('real-mixed-4','en_terms_npm_business-solution.md','npm/policies',['db3e81a73a55fb948a6b92f225f6d39d962fe96e'],'business-solution-terms.md'),
 ('real-mixed-4','en_tos_catalyze_hipaa-paas.md','MolecularMatch/policies',['60991c52b2068b12da60c3f6c8f4e711a8e13604'],'catalyze_terms_of_service.md'),
 ('real-mixed-4','fr_cgu_gens-de-confiance.md','GensDeConfiance/legal',['4cae47b3dbd5090fc23821f1acc5cb31a735f74c'],'CGU.md'),
 ('real-mixed-4','fr_cgu_kalisio_crisis.md','kalisio/crisis',['766b8ae36e4558ddd587898748a321e7d54d177d','156a8c516b071445b9fbb07361a60fa2156b03e2'],'public/crisis-terms_fr.md'),
 ('real-mixed-4','fr_cgu_linagora_hublin.md','linagora/hublin',['0e2b9f559c789fcacd2f1e82a4f98271e9249e3f','9a2dd84e301299916c93c80120b78ed78a1c7bf0'],'backend/i18n/tos/fr.md'),
 ('real-mixed-4','fr_cgu_mozilla_comptes.md','mozilla/legal-docs',['f098c17556ff822c17f4b6bd591c9b459be2f183','07c68133c2fdf5f91e0f865c8f4ebcb977bc0643'],'fr/firefox_cloud_services_tos.md'),
 # real-mixed-11 (byte copies; the CCTP is the original PDF)
 ('real-mixed-11','fr_conditions-hebergement_dokos_2024.md','dokos-io/website',['8c75725db830f6eb711fb4d91056c9851e47709c'],'content/fr/hostingconditions.md'),
 ('real-mixed-11','fr_cgu_clever-cloud_2013.md','CleverCloud/clever-cloud.com',['a596266d5700ee204fd69c7996bfd7f793ae27ca'],'fr/pages/terms-of-use.md'),
 ('real-mixed-11','fr_cctp_plaine-commune-saint-denis_reservation-ressources_2014.pdf','jcjorel/cctp-demo',['a1f6d405f21e14ec108b3c52359bb34a18e1de0e'],'doc/46_CCTP_F_grpmt_logiciel_ressource_1389713110489.pdf'),
 ('real-mixed-11','en_dpa_revenuehunt_2025.md','RevenueHunt/docs',['fafc249f5487240dd02248de3c02b05fe6cf4596'],'DPA.md'),
 ('real-mixed-11','en_dpa_reviewable_2025.md','Reviewable/Reviewable',['82f3a0032c8ff75ea742986bcd97eb1452d0d39c'],'legal/dpa.md'),
 # real-mixed-12 (byte copies; the Cairn Devices page is converted by the script in its SOURCES.md)
 ('real-mixed-12','en_dpa_baton.md','baton-build/baton-legal-docs',['b14ca7b95f70e6256ea7822899eea9c08ee2ddac'],'data-processing-agreement.md'),
 ('real-mixed-12','en_dpa_courier.md','MaxFork/Policies',['12caecd39eedaf255ac399ee38186371cd88002d'],'dpa.md'),
 ('real-mixed-12','fr_cgu_emjpm.md','SocialGouv/emjpm',['9c3b7ac81f1ac3c74bd8cc4b7b9aaa4befb64b81'],'packages/app/src/containers/ConditionsUtilisation/ConditionsUtilisation.md'),
 # real-mixed-13 (byte copies; DossierFacile converted below; Linode and Rackspace in NOT_SCRIPTED)
 ('real-mixed-13','en_managed-hosting_cloudron.md','M-arcus/cloudron-docs',['a207190ddc12f841c4cb85ca4538a889f5ba0a43'],'knowledgebase/docs/managed-hosting.md'),
 ('real-mixed-13','en_tos-policies_a2hosting.md','Oudwins/subscriptioner-template',['f629b1816a9ad9cc362a1cb6b5ede7d2ae01c3d6'],'src/assets/legalPages/terms-of-service.md'),
 ('real-mixed-13','fr_politique-confidentialite_aides-agri.md','hashim21223445/aides-agri',['0f7e1009fb2e4835c823feb3e4f5a02f32b92949'],'apps/product/content/donnees-personnelles.md'),
 ('real-mixed-13','fr_politique-confidentialite_cocoom.md','Cocoom/Cocoom.github.io',['6436d8fcd33c82e5ecc5addeb8424559e557a1a0'],'docs/fr/advanced/privacy.md'),
 ('real-mixed-13','fr_politique-confidentialite_docurba.md','MTES-MCT/Docurba',['8aeb27af67be2e5cd06fc1b0f7e4b2580f8a7fc5'],'nuxt/content/Legal/pdc.md'),
 # real-mixed-14 (byte copies)
 ('real-mixed-14','en_cloud-terms_opendatadsl.md','OpenDataDSL/website',['80d943f2114877aa009eb48b525f31dd33decb33'],'src/pages/legal/Cloud-Terms-Of-Service.md'),
 ('real-mixed-14','en_cloud-tos_meltano.md','meltano/meltano',['adbfb25d143f210ed9548842f60d11e26523fee7'],'docs/src/_cloud/terms-of-service.md'),
 ('real-mixed-14','en_data-act-addendum_apify.md','apify/apify-docs',['4416da61289180e10164f90abcf3d58d4be75494'],'sources/legal/latest/terms/data-act-addendum.md'),
 ('real-mixed-14','en_dpa_openproject.md','opf/legal',['389d872161d38f9797ecdceb85129873e8ab5e32'],'privacy/data-processing-agreement/en.md'),
 ('real-mixed-14','en_dpa_phoenix-itnb.md','SamiAGOURRAM/itnb-rag-assessment',['96c14e7c9216a94fe3b61c5e7ee9c95c4343b286'],'data/scraped/en_terms_data-processing-agreement_75f5879a.md'),
 ('real-mixed-14','en_eula_wasdi.rst','fadeoutsoftware/WASDI',['48e6cf25b1cab02b95c16c186af31f2029421988'],'docs/Legal/EULA.rst'),
 ('real-mixed-14','en_terms_fosshost.md','fosshostorg/fosshost.org',['5d08f41fb0f55fdf908d69a506fa47d1047ae4e7'],'src/static_pages/legal.md'),
 ('real-mixed-14','en_tos_budibase.md','Budibase/website',['5dbfc9409da136ab7f3942be8d4d84786c3573ba'],'content/terms-of-service.md'),
 ('real-mixed-14','fr_cgu_kidoju.md','jlchereau/support.kidoju.com',['08a955210bd39f69d46a7d4fd264999f232ac08b'],'fr/pages/terms.md'),
 ('real-mixed-14','fr_politique-confidentialite_toladata.md','toladata/Knowledgebase',['0c226fc2238dc12f6b04a308399e9e97465acdf9'],'fr/legal/politique-de-confidentialite.md'),
 # real-mixed-15 (byte copies)
 ('real-mixed-15','en_dpa_aptabase.md','aptabase/aptabase-com',['a7d62ef6405b3d88f1b5357f4b12e10e616e0276'],'src/pages/legal/dpa.md'),
 ('real-mixed-15','en_dpa_cryptolens.md','Cryptolens/docs',['62caf735daa80b8c53bc248b3802b73e60294fd8'],'legal/DPA.md'),
 ('real-mixed-15','en_data-security-policy_simple-analytics.md','simpleanalytics/docs',['84cf46541670568a7df1ae298dd28dd16f5f12f2'],'_docs/36_legal/06_data-security-and-ownership.md'),
 ('real-mixed-15','en_tos_storj-tardigrade.md','storj-archived/tardigrade.io',['fb8160f1d60aa8a139245a4ad021eff115577943'],'content/terms-of-service/termsOfService.md'),
 # real-mixed-16 (five byte copies; the Zed and Kimai terms were typed from the index)
 ('real-mixed-16','en_dpa_pollination.md','pollination/pollination-docs',['2d6fef3ee6975c5adfb0c39f70aa249851808ddc','1eddcbd04f4ff5eb8f62f61cc340950cab459119'],'legal/data_processing_addendum.md'),
 ('real-mixed-16','en_tos_prairielearn.md','PrairieLearn/marketing',['f87c809ddf241402fe770fd73d73171ae0fe69c1','8286720dd148ff281bcf42f55be9e374defc5111'],'src/pages/legal/terms.mdx'),
 ('real-mixed-16','en_dpa_wopee.md','autonomous-testing/wopee.io',['6a536d01d3c30151f3819b8a9b81e16276e36140'],'wopee-io/src/pages/gdpr.md'),
 ('real-mixed-16','en_tos_cloudcannon.md','adon-cloudcannon/landing-page-test',['f62c335aeb564c0d7a45f7d3ffba0c09833ad3c3','830dba0591010176da2113c1f83176290d1d01e2'],'src/collections/site-pages/terms.md'),
 ('real-mixed-16','en_dpa_lucy-security.md','Cybint-Solutions/gitbook',['602f874b64bcdbea387f978483ffd922e3da2ef6','b1f4876450e059fa917608beec44c20e8d8faa81'],'legal/dpa-customer-and-partner-info.md'),
 # real-mixed-17 (WeCount is in CONVERTED, ZITADEL in NOT_SCRIPTED)
 ('real-mixed-17','en_tos_rocketchat.md','RocketChat/docs',['22db3da53e494fd5b89e0278047256f8de6f6f3c','8dfa24aee34a91845fd1fe0b41c030f3cf554c82'],'applicable-terms/customer-terms-of-service.md'),
 ('real-mixed-17','fr_cgu_zenyway_zenypass.md','ZenyWay/zenypass',['4e69be4ea47e21d4246550775e54f0e0b01170b3','526b0450901ad2c4ccdb2e6f774727b8253f27f6'],'src/components/sfcs/authentication-page/terms-fr.md'),
 ('real-mixed-17','en_dpa_mulerun.mdx','mulerun/docs',['40bfa5a5a9b35a5418d1c4be07e4d0dde09ab51b','be6560d09de1fc1ca15a565fd61b78ab7218d22f'],'legal/dpa.mdx'),
 ('real-mixed-17','en_dpa_ruler-tale.md','tale-project/tale',['d217a38ed78cc88a3ee4ca19b9ea17ef7ef4dd74','5952fa1cd9b8c929fae2e25ed343a654a0cd87be'],'services/web/app/content/legal/en/data-processing-agreement.md'),
 # real-mixed-18 (seven byte copies: the .html templates as they are, the TSX, JSX and Slim pages under .md)
 ('real-mixed-18','fr_cgu_ministere-justice_a-just.html','betagouv/a-just',['78f0811bb4651b40f882bf7240116433dfcc3084','37710ebfeef3f312aba57042731df867e267ef6d'],'front/src/app/routes/cgu/cgu.page.html'),
 ('real-mixed-18','fr_cgu_dila-dgefp_conseillers-entreprises.html','betagouv/conseillers-entreprises',['4c7ccf1d606dbd27cd703a1478ed809bd413b0ab','c766ee26929ccd0fc4967f87abb2d39c4ff83517'],'app/views/about/cgu.fr.html.erb'),
 ('real-mixed-18','fr_politique-confidentialite_dgal_seves.html','betagouv/seves',['449f50957c3023d8470067bbc0337332ca9eed6c','e8f1216a96b04941b7367afec6d73b89ebb37d45'],'core/templates/politique-de-confidentialite.html'),
 ('real-mixed-18','fr_cgu_dgef-interieur_bhasile.md','betagouv/bhasile',['4dc75a3c1dcfe0f75745ab2e2740f0dfb704a221','28175d1f1525fdf05e8ca8203719cfc49fee3287'],'src/app/(not-authenticated)/cgu/page.tsx'),
 ('real-mixed-18','fr_politique-confidentialite_mesre_sante-psy-etudiant.md','betagouv/sante-psy',['e0e933c2b29dbd13939059e23d6b1ffe8059f250','313d4d2180f98fd3fa55c81f55b6b62cdd0f0ab6'],'frontend/src/components/PrivacyPolicy/PrivacyPolicy.jsx'),
 ('real-mixed-18','fr_politique-confidentialite_men_monstagedetroisieme.md','betagouv/monstage',['31cec592aada3645b6773b796718cf3e60952a2c','85f07947433b16da87ddc27d034f2177432686cb'],'app/views/pages/politique_de_confidentialite.html.slim'),
 ('real-mixed-18','fr_politique-confidentialite_dgaln_mon-diagnostic-artificialisation.html','MTES-MCT/sparte',['baa213731ac71463f571ae022a9ee3465ed818a3','229785358df88fd9f0b75df3b9edd52a61869f43'],'home/templates/home/privacy.html'),
 # real-mixed-19 (six byte copies; four are a public agency's pdftotext copies of its suppliers' terms)
 ('real-mixed-19','en_dpa_aws.md','BIBSYSDEV/track-changes-to-aws-terms-and-conditions',['53d55cb1a14ae643614187271c9acf14e0a86052','441027d1cc0558e15ed257dc501b6a5324dc6ded'],'aws-dpa.txt'),
 ('real-mixed-19','en_dpa_atlassian.md','BIBSYSDEV/track-changes-to-aws-terms-and-conditions',['53d55cb1a14ae643614187271c9acf14e0a86052','971db588741b57250c43fd1d73ef53c4832101be'],'atlassian/data-processing-addendum.txt'),
 ('real-mixed-19','en_dpa_miro.md','BIBSYSDEV/track-changes-to-aws-terms-and-conditions',['53d55cb1a14ae643614187271c9acf14e0a86052','00078bad0ed971051d6aa3cdd32ded5cca63d7ab'],'miro/miro-customer-data-processing-addendum.txt'),
 ('real-mixed-19','en_msa_salesforce-slack.md','BIBSYSDEV/track-changes-to-aws-terms-and-conditions',['53d55cb1a14ae643614187271c9acf14e0a86052','bd19ce9152e2720b2c99f99aeb5ab447bcf1824d'],'slack/main-services-agreement.txt'),
 ('real-mixed-19','en_subscription-agreement_duocircle.md','duocircle/legal-policies',['5f56fc43bd7f0f81fb6ac588638688f21339aa51','d7217ab2fcc8d5e6e21b7a0dd2cdb56621b9737f'],'subscription-agreement.md'),
 ('real-mixed-19','en_terms_bento.md','bentonow/legal',['a0d03d2afcfa0c9cbb0dedc763ce00793c975803','ed087d5377717da11ea377a9c4aaa312db8de36f'],'terms.md'),
 # real-mixed-20 (four byte copies: a Vue component and a reStructuredText page under .md)
 ('real-mixed-20','fr_cgu_learning-planet-institute_projects-directory.md','CyberCRI/projects-frontend',['00b3ece30358aa064f30082e4dd7d29ad4762f6b','d380d526d5c57c0efa7c441ebcd3abce4b050c66'],'src/components/app/DefaultTermsOfService.vue'),
 ('real-mixed-20','fr_cgu_intuitem_ciso-assistant-saas.md','intuitem/intuitem.github.io',['8d5ec30afbc1e46368c0667e673a5bd1b1b04f2b','96c24661251d432e03b59952debd2a1810bbc389'],'src/pages/cgu.md'),
 ('real-mixed-20','fr_politique-confidentialite_wallabag-it.md','wallabag-it/website',['ab211a74e930ede35433f68c12ac3421f91ffdad','87b390f1c8899c58021da60c58aaf02da0fb8f2e'],'content/fr/confidentialite/index.md'),
 ('real-mixed-20','fr_cgu_afpy_services.md','AFPy/site',['ee450a9e4a9c7f8e07302d216c6743d788b4bf6d','c0c20085821c6df5e70b31a6c9b9371293f15b90'],'afpy/templates/rest/cgu.rst'),
 # real-mixed-21 (byte copies; six from Open Terms Archive's collections)
('real-mixed-21','en_dpa_sinch-email-mailjet.md','OpenTermsArchive/contrib-versions',['d6fb386efcd5ef42d33090dfaf21d7b2cc748246','f34265d9fb6512f9ed1a4a45f702c2ed3a813167'],'Mailjet/Data Processor Agreement.md'),
('real-mixed-21','en_dpa_mistral-ai.md','OpenTermsArchive/genai-eu-versions',['4812532797e75d8bd27b308499e3e7972b41c7bc','dcf1da12dfed7d67e9555fc64e3bae0fc8d126be'],'Le Chat/Data Processor Agreement.md'),
('real-mixed-21','en_dpa_wire.md','OpenTermsArchive/contrib-versions',['d6fb386efcd5ef42d33090dfaf21d7b2cc748246','98cc7d3f7e040edf1fd3b3e774d660df01982945'],'Wire/Data Processor Agreement.md'),
('real-mixed-21','en_dpa_wp-engine.md','OpenTermsArchive/contrib-versions',['d6fb386efcd5ef42d33090dfaf21d7b2cc748246','ef72f6719ee28be2ab5b9b8fe29c03b1764e88f2'],'WPEngine/Data Controller Agreement.md'),
('real-mixed-21','en_tos_sourcehut.md','OpenTermsArchive/contrib-versions',['d6fb386efcd5ef42d33090dfaf21d7b2cc748246','d7b1205c8c1ac7e6a34ea35a61b9d4f683f5c6a6'],'sourcehut/Terms of Service.md'),
('real-mixed-21','en_terms_better-stack.md','OpenTermsArchive/contrib-versions',['d6fb386efcd5ef42d33090dfaf21d7b2cc748246','376e82b5c59f64d7850acbfa7ff5bf8d9fb91a21'],'Better Stack/Terms of Service.md'),
('real-mixed-21','en_privacy_goatcounter.md','arp242/goatcounter',['c957f51c43eb56dcc462b7e9d7a4550955b71846','01d5e6bb7a37e37da19beb27978265db62f591ff'],'tpl/help/privacy.md'),
 # real-mixed-22 and -23 (byte copies from Open Terms Archive's collections)
('real-mixed-22','fr_cgu_cnam-ministere-sante_mon-espace-sante.md','OpenTermsArchive/sante-numerique-france-versions',['4134388c5cb014e72a979814968fab13683e5f57', 'c3a97155d36470763d91d8f7bbec0566e83fb506'],'Mon espace santé/Terms of Service.md'),
('real-mixed-22','fr_cgu_cegedim-sante_maiia.md','OpenTermsArchive/sante-numerique-france-versions',['4134388c5cb014e72a979814968fab13683e5f57', 'a5e0d48d1378f0e1a09f6dee4774e6bafd1dfad4'],'Maiia/Terms of Service.md'),
('real-mixed-22','fr_cgu_vivoptim.md','OpenTermsArchive/sante-numerique-france-versions',['4134388c5cb014e72a979814968fab13683e5f57', 'fea1586189fa3689e5eaa354503a46529850e6c0'],'Vivoptim/Terms of Service.md'),
('real-mixed-22','fr_cgu_withings.md','OpenTermsArchive/sante-numerique-france-versions',['4134388c5cb014e72a979814968fab13683e5f57', 'af50b4b7935095a50ef0cb2730527264bfafdfc8'],'WITHINGS/Terms of Service.md'),
('real-mixed-22','fr_cgu_libheros.md','OpenTermsArchive/sante-numerique-france-versions',['4134388c5cb014e72a979814968fab13683e5f57', 'fa6d9fef274ada0e88a06fbb19492e15a12da492'],'LibHeros/Terms of Service.md'),
('real-mixed-23','en_terms_spark-mail.md','OpenTermsArchive/contrib-versions',['d6fb386efcd5ef42d33090dfaf21d7b2cc748246', '2275e6935f8908f2d126d0eabb8c15727c185b1f'],'Spark/Terms of Service.md'),
('real-mixed-23','en_terms_zoom.md','OpenTermsArchive/contrib-versions',['d6fb386efcd5ef42d33090dfaf21d7b2cc748246', '71c8dd950d2156d31bfcbaacdf239ae8b1149f06'],'Zoom/Terms of Service.md'),
('real-mixed-23','fr_cgu_sncf-voyageurs-contrat-pro.md','OpenTermsArchive/contrib-versions',['d6fb386efcd5ef42d33090dfaf21d7b2cc748246', 'ae9e479953e4d22c21206ef288e18c8cca173247'],'SNCF Pro/Terms of Service.md'),
('real-mixed-23','fr_cguv_yolaw-legalstart.md','OpenTermsArchive/france-versions',['61ec84919584dce20bc115c3578f7fbcf2a6ac36', 'dd296c660dcd759dd0850bee8c478abf7760d5be'],'Legalstart/Terms of Service.md'),
 # real-mixed-24 (byte copies from Open Terms Archive's collections)
('real-mixed-24','en_business-agreement_superhuman-grammarly.md','OpenTermsArchive/contrib-versions',['d6fb386efcd5ef42d33090dfaf21d7b2cc748246', '80f9c56fc943772e8a8ff1e7af3a221082b26540'],'Grammarly/Commercial Terms.md'),
('real-mixed-24','en_enterprise-terms_xai.md','OpenTermsArchive/genai-eu-versions',['4812532797e75d8bd27b308499e3e7972b41c7bc', 'f136aa7c90d8b65ff68911006492307d47764e23'],'Grok/Commercial Terms.md'),
('real-mixed-24','en_open-platform-terms_deepseek.md','OpenTermsArchive/genai-eu-versions',['4812532797e75d8bd27b308499e3e7972b41c7bc', 'fce8d4543b84f07ebabef9d00bd0e904bc04625a'],'DeepSeek/Developer Terms.md'),
('real-mixed-24','en_publisher-agreement_substack.md','OpenTermsArchive/contrib-versions',['d6fb386efcd5ef42d33090dfaf21d7b2cc748246', '6b84527105b41108326cb0959abdf540ef7ff98a'],'Substack/Commercial Terms.md'),
('real-mixed-24','en_terms_hugging-face.md','OpenTermsArchive/contrib-versions',['d6fb386efcd5ef42d33090dfaf21d7b2cc748246', '205291bd0b650952df7507a34e8ade9a8327bc54'],'Hugging Face/Terms of Service.md'),
('real-mixed-24','en_terms_surveymonkey.md','OpenTermsArchive/contrib-versions',['d6fb386efcd5ef42d33090dfaf21d7b2cc748246', '66639f9766c2f6c2f979d1dc6cde6e6469c64f17'],'SurveyMonkey/Terms of Service.md'),
('real-mixed-24','en_terms_vimeo.md','OpenTermsArchive/contrib-versions',['d6fb386efcd5ef42d33090dfaf21d7b2cc748246', '6fd9de79e190ef60fae404f46d16a44b37beb2a9'],'Vimeo/Terms of Service.md'),
]

# (set, file, repository, [commits], path, converter)
CONVERTED = [
 ('real-mixed-13','fr_cgu_dossierfacile.md','MTES-MCT/Dossier-Facile-Frontend',['8cfcd9ffb27d1b2bc4d38e4ec84e54b940edb826'],'www/src/views/CGU.vue','py:real-mixed-13/tools/vue2md.py'),
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
 # Added after the 2nd reset. A kind may chain steps with "|"; "py:REL" / "node:REL" run a
 # set's own script (eval/REL) on the source (or sources: several paths joined by " + ").
 ('real-fr','fr_cgu_anct_administration-plus_2025.md','betagouv/aplus',['5d4e323ac1ec9f03b87171daaeb32d1ff31cc36c'],'app/views/legal.scala','py:real-fr/tools/scalatags2html.py|html'),
 ('real-fr','fr_cgu_dinum_france-transfert_2026.md','numerique-gouv/francetransfert',['1f2b3d56fa746401450f4c174506924aef7469e6'],'francetransfert-upload-download-gui/src/app/components/cgu/cgu.component.html + francetransfert-upload-download-gui/src/assets/i18n/fr-FR.json','py:real-fr/tools/ngi18n2html.py|html'),
 ('real-fr-2','fr_cgu_anct_coop-mediation-numerique_2026.md','inclusion-numerique/coop-mediation-numerique',['46aa33bdf21c42c2d5bbb2913f5c453cca5a9542'],'apps/web/src/app/(public)/cgu/page.tsx','py:real-fr-2/tools/jsx2html.py|html'),
 ('real-fr-2','fr_cgu_dinum_visio_2026.md','suitenumerique/meet',['e5f0b1c202c021229c808b7ee9d08c2b6c4ec9f8'],'src/frontend/src/locales/fr/termsOfService.json','py:real-fr-2/tools/visio2md.py'),
 ('real-fr-2','fr_cgu_masa_ma-cantine_2025.md','betagouv/ma-cantine',['04dddca907df745d27935bf3e6884b1396451fac'],'2024-frontend/src/views/ConditionsGeneralesUtilisation.vue','vue-macantine|html'),
 ('real-fr-2','fr_cguv_coulba_saas-comptabilite_2024.md','emilesabatier/coulba',['ecf653d403c9e0b980be11a54dc6317112810354'],'applications/website/src/components/terms/termsText.tsx','py:real-fr-2/tools/coulba2html.py|html'),
 ('real-fr-4','fr_cgu_mte_france-chaleur-urbaine_2022.md','betagouv/france-chaleur-urbaine',['71c3c3876b63823e6e926d019e43a8c6a1d06eb7'],'src/data/fcu-term-of-use.ts','ts-literal'),
 ('real-fr-4','fr_dpa_commission-europeenne_eusurvey_2025.md','EUSurvey/EUSURVEY',['4d6df69cbc28ca99afe179bc86f7ff46031828aa'],'src/main/webapp/WEB-INF/views/home/dpa_language/dpa_fr.jsp','html'),
 ('real-fr-5','fr_cgu_dgcs_domifa_2026.md','SocialGouv/domifa',['67395b5209aebebca5d5672df56841f28d90843e'],'packages/frontend/src/app/modules/general/components/static-pages/cgu/cgu.component.html','py:real-fr-5/tools/h2m.py'),
 ('real-fr-5','fr_politique-confidentialite_dgcs_domifa_2026.md','SocialGouv/domifa',['67395b5209aebebca5d5672df56841f28d90843e'],'packages/frontend/src/app/modules/general/components/static-pages/politique/politique.component.html','py:real-fr-5/tools/h2m.py'),
 ('real-fr-5','fr_cgu_mte-dgaln_apilos_2026.md','MTES-MCT/apilos',['54fbef8a3b6eb88ab1aebb9e76a4053f1a9dd26d'],'templates/editorial/cgu.html','py:real-fr-5/tools/h2m.py'),
 ('real-mixed','fr_cgu_anssi_monservicesecurise_2022.md','betagouv/mon-service-securise',['ba64ad0a0dc5499dbea61b7b0d19bfd2593e1da2'],'src/vues/cgu.pug','node:real-mixed/tools/pugmain2html.js|py:real-mixed/tools/rich2md.py'),
 ('real-mixed','fr_cgu_dinum_proconnect_2025.md','numerique-gouv/proconnect-landing-page',['49cc005de71a639b5b9fea64e5903be1779af751'],'src/client/src/Pages/Cgu.tsx','py:real-mixed/tools/rich2md.py --jsx'),
 ('real-mixed','fr_cgu_hook0_webhooks-saas_2026.md','hook0/hook0',['86a9d665080c89ba6f9c7b9de0cb50d72a406125'],'website/locales/fr/terms.js','node:real-mixed/tools/hook0terms2md.js'),
 ('real-mixed','fr_cgu_mte_zero-logement-vacant_2024.md','MTES-MCT/zero-logement-vacant',['7013d3049ca64e32a115706df36cca0dba59bd5c'],'frontend/src/views/LegalNotices/LegalNoticesView.tsx','py:real-mixed/tools/zlv2jsx.py|py:real-mixed/tools/rich2md.py --jsx'),
 ('real-mixed-2','fr_cgu_altertek_chatons.md','altertek/altertek.org',['80f9ae3ef42045fcbdc9d6395ec44c80fc15a962','96cd76930e8817e8d0492f7957789322119204fc'],'src/fr/pages/terms-conditions.md','altertek-title'),
 ('real-mixed-3','en_mou_uk-gds_govuk-forms.md','alphagov/forms-admin',['1a0a4b566fa7d98985f883977414b5615cea39a0'],'app/views/mou_signatures/_mou_version_current.html.erb','html'),
 ('real-mixed-4','fr_cgv_deepsmile_udini.md','jcodewriter/deepSmile_frontend',['de4674b93ccd633903f0511001fd0fb1cdcd271a'],'src/modules/udini/pages/Terms/components/Contents/UdiniTermsAndConditionsFrench.tsx','py:real-mixed-4/tools/udini2md.py'),
 ('real-mixed-5','en_terms_james-hutton_crop-diversity-hpc.md','cropgeeks/hpc-help',['69be4dac3bdab74f1bcfc6804347f29974b095da'],'commercial-terms.rst','pandoc-rst'),
 ('real-mixed-5','fr_cgu_matamore_modula-demat.md','Modulasource/tenders',['6a3cfe5af44c8128cacc9911e461d3dbf5603964'],'WebContent/desk/include/CGU.jsp','jsp-matamore|html'),
 ('real-mixed-5','fr_cgu_mesri_machine-a-donnees.md','jerem1508/magical_ui',['df681872e8ad8021992af903e945a270f4b24162'],'application/views/cgu.php','php-view|html'),
 ('real-mixed-5','fr_contrat-infogerance_isvtec.md','fanzila/WebFinance',['0115b6ee0b92ac67398bef028a359743a691d3c7'],'htdocs/payment/contract.php','strip-pre'),
 ('real-mixed-5','fr_contrat-sauvegarde_inforezo.md','saint1729/intern.core',['98fe84cdc5d15cde33a9181f0ce23f1eb9099796'],'intern.core/tags/release-1.0/var/tpl/intro.tpl + intern.core/tags/release-1.0/var/tpl/rezobackup.tpl','join-newline'),
 ('real-mixed-9','fr_cgu_trackdechets.md','MTES-MCT/trackdechets',['043977af0dea6ec5e671c6bd45f26c80dc33f8a3'],'front/src/Cgu.tsx','trackdechets-tsx'),
 ('real-mixed-9','fr_politique-confidentialite_trackdechets.md','MTES-MCT/trackdechets',['779f59bf47dc94712a476946cb8c55873f7b690a'],'front/public/Politique-de-confidentialite.pdf','pdftotext'),
 ('real-mixed-10','en_tos_healthchecks.md','healthchecks/healthchecks',['3728d1101fa117e0f0cb2b4bcd0e2e93b9290301'],'templates/front/terms.html','healthchecks-html'),
 ('real-en-3','en_tos_tutao-tuta.md','tutao/tutanota',['253441b9ac096f802157ed33e2633209be07c0db'],'src/subscription/terms.ts','py:real-en-3/tools/tuta2md.py'),
 ('real-en-4','en_hosting-terms_icdsoft.md','common-repository/icdsoft-reseller-store',['7da03abf78452936e061bebca003af9d33ee5115'],'lang/language/terms/en.php','php-string'),
 ('real-mixed-17','fr_cgvu_wecount.md','Guillou33/wecount-front-october2022',['92746d6bdeacc9fb80025efce5959fe1896732aa'],'custom-types/core/CgvuContents/CgvuContentFr.ts','wecount-ts'),
]

# Documents this script cannot restore: copied by hand (re-typed from the code index, because the
# repository is over the fetch limit or the commit is not in its snapshot). (set, file, reason)
NOT_SCRIPTED = [
 ('real-mixed-13','en_privacy-policy_linode-2016.md','citp/privacy-policy-historical too large to fetch: the index text (read_file, id 23590810857, l/li/lin/linode.com.md) JSON-decoded, 7,458 characters'),
 ('real-mixed-13','en_privacy-statement_rackspace-2005.md','citp/privacy-policy-historical too large to fetch: the index text (read_file, id 38236752189, r/ra/rac/rackspace.com.md) JSON-decoded, 3,303 characters'),
 ('real-mixed-12','fr_cgs_cairn-devices-serge.md','PHP page ABHC/SERGE web/view/body/legal.php at 2b66facd converted with the helper\'s php2md.py written out in eval/real-mixed-12/SOURCES.md'),
 ('real-en','fr_politique-reversibilite_ovhcloud_vmware-secnumcloud.md','ovh/docs too large to fetch: typed from the index text (read_file, index id 47626088439), character count checked'),
 ('real-fr','fr_politique-reversibilite_ovhcloud_vmware-secnumcloud_2023.md','ovh/docs too large to fetch: typed from the index text (read_file, index id 47626088439), character count checked; same text as real-en\'s copy'),
 ('real-fr','fr_cgu-dpa_anct_rdv-service-public-agent_2025.md','commit 538aa197 of betagouv/rdv-service-public is not in the snapshot: the Slim source typed from the index (id 59163197688, 18,770 characters), then slim2md.py'),
 ('real-fr-tenders','fr_politique-reversibilite_ovhcloud_hebergement-web_2021.md','ovh/docs too large to fetch: typed from the index text (read_file, index id 23233421423), character count checked'),
 ('real-fr-tenders','fr_politique-reversibilite_ovhcloud_pod-secnumcloud_2025.md','ovh/docs too large to fetch: typed from the index text (read_file, index id 65947732974), character count checked'),
 ('real-en-4','en_dpa_langfuse.mdx','langfuse/langfuse-docs too large to fetch: typed from the index text (read_file), character count checked; Annex 1 table padding regenerated'),
 ('real-en-4','en_terms_qdrant-cloud.md','qdrant/landing_page too large to fetch: typed from the index text (read_file), character count checked'),
 ('real-en-4','en_dpa_weaviate.md','weaviate/weaviate-io too large to fetch: typed from the index text (read_file), character count checked'),
 ('real-fr-3','en_reversibility-policy_ovhcloud_file-storage_2025.md','ovh/docs too large to fetch: typed from the index text (read_file), character count checked'),
 ('real-fr-3','fr_politique-reversibilite_ovhcloud_managed-relational-database_2025.md','ovh/docs too large to fetch: typed from the index text (read_file), character count checked'),
 ('real-fr-3','fr_politique-reversibilite_ovhcloud_public-cloud_2021.md','ovh/docs too large to fetch: typed from the index text (read_file), character count checked'),
 ('real-fr-3','fr_politique-reversibilite_ovhcloud_serveurs-dedies_2021.md','ovh/docs too large to fetch: typed from the index text (read_file), character count checked'),
 ('real-fr-4','fr_politique-reversibilite_ovhcloud_managed-mutualized-virtualization_2025.md','ovh/docs too large to fetch: typed from the index text (read_file), character count checked'),
 ('real-fr-5','fr_politique-reversibilite_ovhcloud_cold-storage_2025.md','ovh/docs too large to fetch: typed from the index text (read_file), character count checked'),
 ('real-fr-5','fr_politique-reversibilite_ovhcloud_object-storage_2025.md','ovh/docs too large to fetch: typed from the index text (read_file), character count checked'),
 ('real-mixed-4','en_terms_matrix-org_homeserver.md','matrix-org/matrix.org over the fetch limit: re-typed from the index, character count checked'),
 ('real-mixed-17','en_dpa_zitadel.md','zitadel/zitadel over the fetch limit: the index text (read_file, id 499244494, docs/docs/legal/data-processing-agreement.md) pasted unchanged, 10,624 characters'),
 ('real-mixed-5','en_dpa_cloudil.md','yandex-cloud/docs over the fetch limit: re-typed from the index (en/legal/dpa.md), character count checked'),
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


EVAL = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_on(cmd, raws, suffix=""):
    """Runs cmd (a list) on the sources written to temporary files; returns its stdout."""
    paths = []
    for n, raw in enumerate(raws):
        paths.append(f"/tmp/_restore{n}{suffix}")
        open(paths[-1], "wb").write(raw)
    r = subprocess.run(cmd + paths, capture_output=True)
    if r.returncode:
        raise RuntimeError(r.stderr.decode(errors="replace"))
    return r.stdout


def convert(kind, raw):
    """kind: one step, or steps chained with "|"; raw: the source bytes, or a list of them."""
    raws = raw if isinstance(raw, list) else [raw]
    if "|" in kind or kind.startswith(("py:", "node:")) or len(raws) > 1 or kind in STEPS:
        for step in kind.split("|"):
            out = step_(step, raws)
            raws = [out if isinstance(out, bytes) else out.encode()]
        return raws[0].decode()
    raw = raws[0]
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


def healthchecks_html(src):
    # The helper's script, as written out in eval/real-mixed-10/SOURCES.md.
    out = []
    for m in re.finditer(r'<(h1|h3|p)[^>]*>(.*?)</\1>', src, re.S):
        tag, inner = m.group(1), m.group(2)
        text = re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', '', inner))).strip()
        out.append({'h1': '# ', 'h3': '## ', 'p': ''}[tag] + text)
    return '\n\n'.join(out) + '\n'


def trackdechets_tsx(src):
    # The helper's script, as written out in eval/real-mixed-9/SOURCES.md.
    body = src[src.index('<div className="container">'):src.rindex('</div>')].replace('{" "}', ' ')
    out = []
    for m in re.finditer(r'<(h1|h2|h3|p|li)[^>]*>(.*?)</\1>', body, re.S):
        tag, inner = m.group(1), m.group(2)
        text = html.unescape(re.sub(r'<[^>]+>', '', inner)).replace('\u00a0', ' ')
        text = re.sub(r'\s+', ' ', text).strip()
        out.append({'h1': '# ', 'h2': '## ', 'h3': '### ', 'p': '', 'li': '- '}[tag] + text)
    return '\n\n'.join(out) + '\n'


def vue_macantine(src):
    # ma cantine: the <template>, LayoutOneColumn -> div, router-link -> a, the route's title as h1;
    # heading/item text put on one line so that html2md keeps "## " with its title.
    t = src[src.index("<template>") + 10:src.rindex("</template>")]
    t = t.replace("<LayoutOneColumn>", "<div>").replace("</LayoutOneColumn>", "</div>")
    t = re.sub(r"<router-link[^>]*>", "<a>", t).replace("</router-link>", "</a>")
    t = "<h1>Conditions générales d'utilisation</h1>\n" + t
    return re.sub(r"<(h[1-6]|li)([^>]*)>(.*?)</\1>", lambda m: "<%s%s>%s</%s>" % (m.group(1), m.group(2), " ".join(m.group(3).split()), m.group(1)), t, flags=re.S)


def php_string(src):
    # ICDSoft: the single-quoted PHP string 'hosting_terms' => '…', \\' and \\\\ unescaped; a final newline.
    m = re.search(r"'hosting_terms'\s*=>\s*'((?:[^'\\]|\\.)*)'", src, re.S)
    return re.sub(r"\\([\\'])", r"\1", m.group(1)) + "\n"


def jsp_matamore(src):
    # Modula: ISO-8859-1/CRLF source; <%=sTitle%> replaced by the value of sTitle set in the file.
    src = src.replace("\r", "")
    title = re.search(r'String sTitle = "([^"]*)"', src).group(1)
    return src.replace("<%=sTitle%>", title)


STEPS = {
    "healthchecks-html": lambda r: healthchecks_html(r[0].decode()),
    "trackdechets-tsx": lambda r: trackdechets_tsx(r[0].decode()),
    "vue-macantine": lambda r: vue_macantine(r[0].decode()),
    "php-string": lambda r: php_string(r[0].decode()),
    "jsp-matamore": lambda r: jsp_matamore(r[0].decode("iso-8859-1")),
    # TS template literal `const termOfUse = `…`` (no interpolation), its leading newline removed.
    # The Markdown of a TypeScript template literal: "export const CGVU_CONTENT_FR = `" and
    # the closing "`;" taken off, a newline added (no escape, no interpolation inside).
    "wecount-ts": lambda r: (lambda s: s[len("export const CGVU_CONTENT_FR = `"):-2] + "\n" if s.startswith("export const CGVU_CONTENT_FR = `") and s.endswith("`;") else None)(r[0].decode()),
    "ts-literal": lambda r: re.search(r"= `\n(.*?)`", r[0].decode(), re.S).group(1),
    # PHP view: the first <img …> line and the <style> block removed.
    "php-view": lambda r: re.sub(r"<style.*?</style>\n", "", re.sub(r"<img[^\n]*?>\n", "", r[0].decode(), count=1), flags=re.S),
    # <pre> wrapper removed: first line "<pre>", last "\t\t    \n</pre>".
    "strip-pre": lambda r: r[0][len(b"<pre>\n"):-len(b"\t\t    \n</pre>")] if r[0].startswith(b"<pre>\n") else None,
    "join-newline": lambda r: r[0] + b"\n" + r[1],
    "altertek-title": lambda r: r[0].replace(b"# {{ title }}\n", "# Conditions Générales d'Utilisation\n".encode(), 1),
    "pdftotext": lambda r: run_on(["sh", "-c", 'pdftotext -enc UTF-8 "$0" -'], r, ".pdf"),
    "pandoc-rst": lambda r: run_on(["pandoc", "-f", "rst", "-t", "gfm-raw_html", "--wrap=none"], r, ".rst"),
}


def step_(step, raws):
    if step.startswith("py:"):
        script, *args = step[3:].split()
        return run_on([sys.executable, f"{EVAL}/{script}"] + args, raws)
    if step.startswith("node:"):
        # pugmain2html.js needs the pug package (npm install pug@3; NODE_PATH to its node_modules).
        return run_on(["node", f"{EVAL}/{step[5:]}"], raws)
    if step in STEPS:
        return STEPS[step](raws)
    return convert(step, raws[0])


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
        raw = [show(repo, commits, p) for p in path.split(" + ")]
        raw = raw[0] if len(raw) == 1 else (None if None in raw else raw)
        if raw is None:
            failed.append(f"{s}/{f}")
            continue
        os.makedirs(os.path.dirname(out), exist_ok=True)
        if kind:
            try:
                text = convert(kind[0], raw)
            except Exception as e:  # a missing tool (pandoc, pdftotext, node's pug) or a changed source
                failed.append(f"{s}/{f} ({kind[0]}: {str(e).strip().splitlines()[-1] if str(e).strip() else type(e).__name__})")
                continue
            open(out, "w").write(text)
        else:
            open(out, "wb").write(raw)
        print("restored", s, f)
    if missing_repos:
        print("fetch first:", " ".join(f"github:{r}" for r in sorted(missing_repos)))
    if failed:
        print("not found at the listed commits, or not converted:", ", ".join(failed))
    print("not restorable by this script (see each set's SOURCES.md):")
    for s_, f, why in NOT_SCRIPTED:
        print(f"  {s_}/{f}: {why}")


if __name__ == "__main__":
    main()
