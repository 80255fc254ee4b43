//! Rule tests: sentences that must and must not trigger, including the traps of
//! dimensions.md (negated prohibitions, hedges elsewhere, other senses, buyer's
//! options, quoted and disapplied clauses, void headings).

use super::*;
use crate::rules::load_default_pack;
use std::collections::BTreeMap;
use std::sync::OnceLock;

fn pack() -> &'static Pack {
    static PACK: OnceLock<Pack> = OnceLock::new();
    PACK.get_or_init(|| load_default_pack(&BTreeMap::new()).unwrap())
}

fn judge_md(text: &str, pack: &Pack) -> FileReport {
    let doc = crate::read::markdown_for_tests(text);
    judge(&doc, pack, Lang::En)
}

fn status_in(text: &str, family: &str, pack: &Pack) -> Status {
    let r = judge_md(text, pack);
    r.families.iter().find(|f| f.id == family).unwrap().status
}

fn status(text: &str, family: &str) -> Status {
    status_in(text, family, pack())
}

/// The state of one element of one family, for a Markdown text.
fn element_state(text: &str, family: &str, element: &str) -> ElementState {
    let report = judge_md(text, pack());
    let family = report.families.iter().find(|f| f.id == family).unwrap();
    family
        .elements
        .iter()
        .find(|e| e.id == element)
        .unwrap()
        .state
}

fn codes(text: &str) -> Vec<String> {
    judge_md(text, pack())
        .findings
        .into_iter()
        .map(|f| f.code)
        .collect()
}

use Status::*;

#[track_caller]
/// The frame of a text's first clause, as `extract --clauses` prints it.
fn first_frame(text: &str) -> String {
    let doc = crate::read::markdown_for_tests(text);
    let blocks = super::text::prepare(&doc, &pack().text);
    let frames = clause::frames(&doc, &blocks, pack());
    clause::describe(&frames[0], &pack().lexicon)
}

fn expect(family: &str, cases: &[(&str, Status)]) {
    for (text, want) in cases {
        let got = status(text, family);
        assert_eq!(got, *want, "{family}: {text}");
    }
}

/// Each text, judged on its family, addresses nothing: the family stays missing.
#[track_caller]
fn counts_for_nothing(cases: &[(&str, &str)]) {
    for (family, text) in cases {
        assert_eq!(status(text, family), Missing, "{family}: {text}");
    }
}

#[test]
fn localisation() {
    expect(
        "localisation",
        &[
            ("Les données et leurs sauvegardes sont hébergées exclusivement en France.", Ok),
            // Where the data are, said with a plain verb, states the practice.
            ("Sauf mentions contraires, ces données se trouvent à Paris, Strasbourg et Toulouse.", Weak),
            ("Nos ordinateurs et ceux de nos prestataires peuvent se trouver dans différents pays du monde, dont les États-Unis.", Contrary),
            ("Les données ne pourront en aucun cas être hébergées ou sauvegardées hors du territoire national.", Ok),
            ("THE DATA AND ALL BACKUPS ARE STORED EXCLUSIVELY IN FRANCE.", Ok),
            ("Les donnees sont hebergees uniquement sur le territoire francais.", Ok),
            ("Les données sont hébergées en France.", Weak),
            ("Les données sont hébergées exclusivement dans l'Union européenne.", Weak),
            ("Les données sont hébergées de préférence en France, sauvegardes comprises.", Weak),
            ("Les données sont hébergées dans les centres de données du titulaire.", Weak),
            ("Le prestataire choisit librement le lieu d'hébergement des données.", Contrary),
            ("Customer Data may be stored and processed in any country, including the United States.", Contrary),
            ("Les transferts hors de l'Union européenne sont encadrés par les clauses contractuelles types.", Contrary),
            ("Le chantier est localisé entre la rue du Moulin et la place.", Missing),
            ("Article sans rapport : les prix sont fermes.", Missing),
            ("Customer agrees that Provider may transfer Customer Personal Data outside the EEA as necessary to provide the Service.", Contrary),
            ("Le prestataire peut transférer les données hors de l'Union européenne pour les besoins du service.", Contrary),
            ("Le prestataire ne peut transférer les données hors de France ; les données et leurs sauvegardes sont hébergées exclusivement en France.", Ok),
            ("Le prestataire peut transférer les données hors de France avec l'autorisation écrite et préalable de la commune, donnée au cas par cas.", Weak),
            ("Marché n° 2026-14 — Hébergement et maintenance du logiciel de gestion des archives", Missing),
            ("Objet du marché : les données sont hébergées exclusivement en France, sauvegardes comprises.", Ok),
            // Localisation is about a place for the data: hosting with no place, a place
            // with no data, stored procedures and storage media address nothing.
            ("Le titulaire assure l'hébergement de la solution et sa maintenance.", Missing),
            ("Les unités d'hydrométrie sont réparties sur le territoire national.", Missing),
            ("Le SGBD utilise ses procédures stockées et la réplication native.", Missing),
            ("Customer represents that it is not a resident of an Embargoed Country.", Missing),
            ("The Provider gives the Customer storage space on OpenProject's servers.", Weak),
            ("Le terme SaaS désigne le mode d'hébergement externalisé sur des serveurs situés en France.", Missing),
        ],
    );
}

#[test]
fn any_country_is_contrary_only_for_the_data() {
    let text = "The Provider may modify or terminate the Service in any country where a government requirement makes it unlawful.";
    assert_ne!(status(text, "localisation"), Contrary);
    let text = "Ludiweb peut héberger les Données Client dans tout pays où elle dispose de moyens.";
    assert_eq!(status(text, "localisation"), Contrary);
    let text = "Customer Data may be replicated to any country for resilience.";
    assert_eq!(status(text, "localisation"), Contrary);
}

#[test]
fn places_that_are_not_the_datas() {
    let cases = [
        ("localisation", "Each party represents that it is not located in a country subject to a U.S. embargo."),
        ("localisation", "Any legal action will be brought exclusively in the courts located in the Northern District of California."),
        ("localisation", "L'usine de développement est accessible aux prestataires situés en dehors des locaux de l'AMF."),
    ];
    counts_for_nothing(&cases);
    // A plain statement that the data sit in the United States is contrary.
    let text = "As a US company with all data infrastructure located in the US, we preserve customer data.";
    assert_eq!(status(text, "localisation"), Contrary);
}

#[test]
fn territory_setting_accepts_eu() {
    let mut settings = BTreeMap::new();
    settings.insert("territory".to_string(), "eu".to_string());
    let eu = load_default_pack(&settings).unwrap();
    let text =
        "Les données et leurs sauvegardes sont hébergées exclusivement dans l'Union européenne.";
    assert_eq!(status_in(text, "localisation", &eu), Ok);
    assert_eq!(status(text, "localisation"), Weak);
    // The Union as a lawmaker is no place, under either setting.
    let text = "Les données et leurs sauvegardes sont hébergées exclusivement chez le titulaire, conformément au règlement (UE) 2016/679 et au droit de l'Union.";
    assert_eq!(status_in(text, "localisation", &eu), Weak);
    settings.insert("territory".to_string(), "mars".to_string());
    assert!(load_default_pack(&settings).is_err());
}

#[test]
fn quoted_disapplied_clause_counts_for_nothing() {
    let text = "La clause « le prestataire choisit librement le lieu d'hébergement » ne s'applique pas au présent marché.";
    assert_ne!(status(text, "localisation"), Contrary);
    let text = "The clause allowing storage in any country does not apply to this contract.";
    assert_ne!(status(text, "localisation"), Contrary);
}

#[test]
fn void_headings_bind_nobody() {
    let text = "## Article 6 – Localisation des données\n\nSans objet.\n\n## Article 7 – Réversibilité\n\n[À compléter]\n";
    assert_eq!(status(text, "localisation"), Missing);
    assert_eq!(status(text, "reversibility"), Missing);
}

#[test]
fn security() {
    let notice = "Le titulaire notifie à l'acheteur tout incident de sécurité sous 24 heures.";
    expect(
        "security",
        &[
            (&format!("Le titulaire est certifié ISO/IEC 27001. {notice}"), Ok),
            // A liability limited for the loss of the data excludes the rest; a
            // general cap names no data.
            ("The Provider shall be liable for loss of data only up to the amount of typical recovery costs.", Contrary),
            ("The Provider's total liability shall be limited to the fees paid in the twelve months before the claim.", Missing),
            (&format!("Les données sont chiffrées au repos. {notice}"), Ok),
            ("Le titulaire assure la sécurité des données. Il notifie les incidents de sécurité dans les 24 heures.", Weak),
            ("Les données sont chiffrées. Il informe l'acheteur des incidents de sécurité dans les meilleurs délais.", Weak),
            ("Le titulaire s'efforcera de chiffrer les données. Il notifie tout incident de sécurité dans les 48 heures.", Weak),
            ("Le prestataire ne saurait être tenu responsable de la perte ou de l'altération des données du client.", Contrary),
            ("Le prestataire informe le client des incidents de sécurité à sa seule discrétion.", Contrary),
            ("Le titulaire assure la sécurité des personnes sur le chantier.", Missing),
            ("Le pouvoir adjudicateur ne saurait être tenu responsable des retards de livraison.", Missing),
            ("The Provider encrypts the data and shall notify the Customer of any security incident no later than 24 hours after discovery.", Ok),
            ("Le titulaire chiffre les données. Il n'est pas tenu de notifier les incidents de sécurité à la commune.", Contrary),
            ("The Provider encrypts the data but is not required to notify the Customer of security incidents.", Contrary),
            ("2.1 The Customer shall encrypt sensitive files and shall report any security incident to the Provider within 24 hours.", Missing),
            ("La commune s'engage à :\n\n- signaler au titulaire, dans les 24 heures, tout incident de sécurité dont elle a connaissance ;\n- chiffrer ses postes.\n", Missing),
            ("The Provider encrypts the data. The Provider may, in its discretion, notify Customer of a Security Breach affecting Customer Data.", Contrary),
            ("PROVIDER SHALL HAVE NO LIABILITY FOR ANY LOSS, CORRUPTION OR DESTRUCTION OF CUSTOMER DATA.", Contrary),
        ],
    );
}

#[test]
fn confidentiality() {
    expect(
        "confidentiality",
        &[
            ("Le titulaire, son personnel et ses sous-traitants sont tenus à la confidentialité des données ; il s'interdit de les utiliser à d'autres fins que le marché.", Ok),
            ("Le titulaire est tenu à la confidentialité des données.", Weak),
            // The purpose an exception allows is contrary; the one the main clause
            // forbids, after an exception of the buyer's consent, is not.
            ("Le titulaire n'exploitera pas vos données, sauf à des fins statistiques.", Contrary),
            ("Le titulaire, son personnel et ses sous-traitants sont tenus à la confidentialité des données. Le titulaire traite les données conformément au règlement applicable et uniquement aux fins énoncées dans le présent document.", Ok),
            ("Limitation du traitement Sauf si le Client exprime son accord exprès, ses données ne sont pas utilisées à des fins publicitaires.", Weak),
            ("Le titulaire s'interdit d'utiliser les données à des fins commerciales. Son personnel est tenu à la confidentialité et il ne les communique à aucun tiers.", Weak),
            ("Le titulaire s'interdit d'utiliser les données à des fins commerciales. Son personnel est tenu à la confidentialité et il ne les communique à aucun tiers. Il impose les mêmes obligations à ses sous-traitants.", Ok),
            ("Le titulaire et ses sous-traitants sont tenus au secret sur les données et ne les utilisent à aucune autre fin que le marché.", Weak),
            ("Le titulaire veille à ce que toute personne ayant accès aux données soit tenue à leur confidentialité ; il ne les utilise à aucune autre fin que le marché.", Ok),
            ("Le prestataire peut utiliser les données à des fins statistiques et d'amélioration de ses services. Il est tenu à la confidentialité.", Contrary),
            ("Provider may use Customer Data in aggregated form to improve its services.", Contrary),
            ("Le maître d'ouvrage s'engage à préserver la confidentialité des offres.", Missing),
            ("Ni le titulaire, ni son personnel, ni ses sous-traitants ne divulguent les données ; ils ne les utilisent à aucune autre fin.", Ok),
            ("Le sous-traitant garantit la confidentialité des données et ne les communique à aucun tiers.", Weak),
            ("Le sous-traitant garantit la confidentialité des données ; les personnes autorisées à traiter les données et ses sous-traitants ultérieurs s'engagent à la respecter ; il ne traite les données que pour la seule finalité du marché.", Ok),
            ("Customer and Users must protect the confidentiality of their passwords and login credentials.", Missing),
            ("Le client garde ses identifiants et mots de passe secrets.", Missing),
            ("The Customer is obliged to keep its \"user ID\" and password secret and it must not disclose them to third parties.", Missing),
            ("The Customer shall take steps to ensure that it does not disclose any content to third parties, and shall advise its employees accordingly.", Missing),
            ("Le client s'engage à ne pas divulguer à des tiers les informations confidentielles et à en informer son personnel.", Missing),
            ("Customer agrees that the Provider may use Customer Data to train and improve its machine learning models.", Contrary),
            // The extension is a duty that reaches them, not their mere mention nearby.
            ("Le titulaire et son personnel sont tenus au secret et n'utilisent les données à aucune autre fin. La commune peut s'opposer à un nouveau sous-traitant.", Weak),
            ("Le titulaire est tenu à la confidentialité des données et ne les utilise à aucune autre fin. Cette obligation s'étend à ses salariés et à ses sous-traitants.", Ok),
            ("Le titulaire garantit la confidentialité des données à caractère personnel et ne les utilise à aucune autre fin ; ses sous-traitants y sont tenus.", Weak),
        ],
    );
}

#[test]
fn traceability() {
    expect(
        "traceability",
        &[
            ("Les accès aux données sont journalisés. Les journaux sont conservés un an.", Ok),
            ("Les accès aux données sont journalisés et les journaux sont transmis à la commune sur sa demande.", Ok),
            ("Les accès aux données sont journalisés.", Weak),
            // A video kept twelve months is no log kept.
            ("Les accès sont journalisés. L'enregistrement de la réunion est conservé par le service pendant une durée de 12 mois.", Weak),
            // « n'importe quel » denies nothing.
            ("Comme n'importe quel service web, un journal technique existe enregistrant l'IP et le User Agent des requêtes.", Weak),
            ("Le cas échéant, le titulaire pourra conserver des journaux pendant un an.", Weak),
            ("Les opérations sont journalisées. Le titulaire n'est pas tenu de communiquer ces journaux à la commune.", Contrary),
            ("La traçabilité des déchets est assurée par les bordereaux de suivi.", Missing),
            ("Le titulaire tient un journal de chantier. Le logiciel est livré en version 4.", Missing),
            ("Une pénalité journalière est appliquée en cas de retard.", Missing),
            ("Aucun accès aux données ne peut avoir lieu sans être journalisé ; les journaux ne sont conservés que pendant un an.", Ok),
            ("Le titulaire s'engage à fournir au commanditaire l'ensemble des événements le concernant dans les éléments de journalisation du service.", Ok),
            ("## Droit applicable\n\nLes données visées comprennent les journaux de l'infrastructure technique. Le titulaire garantit les services fournis au commanditaire.", Weak),
            ("\"Usage Data\" means Provider's technical logs and data about Customer's use of the Service.", Missing),
            ("« Journal » désigne le registre horodaté des accès. Les accès sont journalisés et les journaux sont conservés un an.", Ok),
            ("## Journaux et audits\n\nLes accès sont journalisés. La commune peut demander les rapports d'audit du titulaire.", Weak),
            ("Les accès sont journalisés ; la commune peut les consulter.", Ok),
            ("Provider logs all access to Customer Data. Logs are not retained and are not made available to Customer.", Contrary),
            ("The Contractor's technicians keep confidential any call data of the hospital that they may access. The Contractor logs every operation on the data.", Weak),
        ],
    );
}

#[test]
fn auditability() {
    expect(
        "auditability",
        &[
            ("La commune peut faire procéder à un audit sur place. Le titulaire coopère à l'audit et donne accès à ses locaux.", Ok),
            ("L'acheteur pourra faire réaliser un audit, sous réserve de l'accord préalable du titulaire. Le titulaire fournit les documents demandés.", Weak),
            ("Le titulaire transmet chaque année son rapport d'audit interne.", Weak),
            ("Le client renonce à faire procéder à tout audit des installations du prestataire.", Contrary),
            ("Aucun audit ne peut être diligenté par la commune.", Contrary),
            // A refusal limited to how the audit is done (notice, hours) limits it.
            ("Customer may audit Provider's compliance and Provider shall give the auditor access to the relevant documents. Provider need not give access to its premises for an audit:\n\n- if Provider was not given written notice of the audit at least two weeks in advance;\n- outside normal business hours.", Ok),
            ("Le maître d'œuvre peut procéder à des contrôles de conformité des matériaux.", Missing),
            ("La commune peut auditer le titulaire, qui n'est pas tenu de fournir ses documents.", Weak),
            ("Le titulaire ne peut s'opposer à aucun audit diligenté par la commune et ne peut refuser l'accès à ses locaux.", Ok),
            ("The Customer may audit the Provider. Provider Records Generally.", Weak),
            ("The Customer may audit the Provider, which provides the records requested.", Ok),
            ("Customer may audit Provider once a year. Provider shall not be required to give Customer access to its premises or to provide any documents.", Weak),
            ("Upon Customer's written request, the Provider will provide a summary of its most recent SOC 2 Type II report.", Weak),
        ],
    );
}

#[test]
fn reversibility() {
    expect(
        "reversibility",
        &[
            ("Le titulaire remet un plan de réversibilité. La réversibilité débute à l'échéance du marché et dure quatre mois ; le titulaire assiste le nouveau prestataire.", Ok),
            // The Data Act's switching process is a reversibility procedure.
            ("The Client may initiate the switching process by a switching notice; the transitional period is one month, during which the Supplier shall provide assistance to the new provider.", Ok),
            // A termination at will is voided only by a return owed at that end.
            ("The Provider may terminate your Account at any time, in its sole discretion.", Contrary),
            ("The Provider may terminate your Account at any time, in its sole discretion. If the Provider terminates your account, the Provider will provide you a reasonable opportunity to retrieve your Content.", Missing),
            ("The Provider may terminate your Account at any time, in its sole discretion. You may export your Content at any time from the dashboard.", Contrary),
            ("Le titulaire établit un plan de réversibilité.", Weak),
            ("À l'échéance du marché, le titulaire apporte son assistance pour le transfert des données vers le nouveau prestataire.", Weak),
            ("Aucune prestation de réversibilité n'est due par le prestataire.", Contrary),
            ("L'accès aux données est coupé dès la date de résiliation du contrat.", Contrary),
            ("Le titulaire restitue les données au format CSV.", Missing),
            ("Les Services ne comprennent pas d'obligation de réversibilité, à l'exception de la mise à disposition des API permettant au client de récupérer ses données.", Contrary),
            ("Le titulaire remet à l'acheteur son bilan d'émission de gaz à effet de serre et le plan de transition associé au plus tard six mois après la notification, et l'assiste pour sa mise en œuvre.", Missing),
            ("Tranche conditionnelle – période de transition", Missing),
            ("En fin de marché, le titulaire s'efforcera d'accompagner la commune dans la migration vers une nouvelle solution.", Weak),
            ("## Exit\n\nSupplier shall deliver an Exit Plan within ninety days. Supplier shall use commercially reasonable efforts to assist Customer with the migration. Supplier shall cooperate fully with any audit.", Weak),
        ],
    );
}

#[test]
fn portability() {
    expect(
        "portability",
        &[
            ("Le titulaire restitue l'intégralité des données et des métadonnées au format CSV.", Ok),
            ("Aucune donnée ne peut être restituée dans un format propriétaire : la restitution de toutes les données se fait dans des formats ouverts.", Ok),
            ("Le titulaire restitue l'ensemble des données.", Weak),
            // Made available in a format is a return.
            ("Upon request of the Customer, the Provider shall make Customer Data available to the Customer in its original format.", Weak),
            ("Les données pourront être restituées, de préférence dans un format standard, avec leurs métadonnées.", Weak),
            ("Les données sont exportables uniquement au format propriétaire de la solution.", Contrary),
            ("Le titulaire demande la portabilité de ce numéro de téléphone.", Missing),
            ("La retenue de garantie est restituée au titulaire.", Missing),
            ("À la fin du contrat, le titulaire s'engage à retourner toutes les données à la commune au format CSV.", Ok),
            ("Le titulaire s'engage, au choix de la commune, à supprimer toutes les données ou à les retourner au format CSV.", Ok),
            ("Le titulaire aide la commune à répondre aux demandes d'exercice des droits des personnes concernées (accès, rectification, effacement, portabilité).", Missing),
            ("La commune assure la portabilité des données à caractère personnel des personnes concernées, conformément à l'article 20 du RGPD.", Missing),
            ("The processor assists the controller with data subject requests, including the right to data portability.", Missing),
            ("« Traitement » : toute opération ou tout ensemble d'opérations effectuées sur des données, telles que la collecte, la conservation, l'extraction, l'effacement ou la destruction.", Missing),
            ("Au terme de la prestation, le sous-traitant renvoie toutes les données à caractère personnel au responsable de traitement.", Weak),
            ("Le présent article renvoie aux données figurant à l'annexe 2.", Missing),
            ("The Provider has no obligation to maintain or return any Customer Data after termination.", Contrary),
        ],
    );
}

#[test]
fn deletion() {
    expect(
        "deletion",
        &[
            ("Après restitution, le titulaire détruit les données et leurs sauvegardes dans un délai de trente jours et remet un certificat de destruction.", Ok),
            ("Le titulaire détruit les données et leurs sauvegardes dans un délai de trente jours.", Weak),
            ("Le titulaire supprimera en principe les données, y compris les sauvegardes, sous trente jours, et en remettra une attestation.", Weak),
            ("Le titulaire conserve une copie des données pendant une durée indéterminée, à des fins d'archivage.", Contrary),
            ("Le titulaire supprime les données et leurs sauvegardes dans un délai de 30 jours, sauf obligation légale de conservation, et remet un certificat.", Ok),
            ("Le titulaire assure l'évacuation et l'élimination des déchets.", Missing),
            ("Notwithstanding the foregoing, Provider may retain Customer Personal Data in accordance with its standard backup or record retention policies.", Contrary),
            ("Le titulaire peut conserver les données conformément à ses politiques internes de conservation.", Contrary),
            ("Le titulaire sauvegarde les données chaque nuit conformément à sa politique de sauvegarde.", Missing),
            ("\"Processing\" means any operation or set of operations performed on Personal Data, such as storage, retrieval, erasure or destruction.", Missing),
            ("Le titulaire détruit les données et leurs sauvegardes sous trente jours mais ne remet aucun certificat de destruction.", Weak),
            ("Le titulaire détruit les données et leurs sauvegardes dans un délai qui ne peut excéder trente jours et remet un certificat de destruction.", Ok),
            ("Unless prohibited by law, the Provider will delete all Customer Data, including backups, within 30 days and certify the deletion in writing.", Ok),
            ("Le titulaire ne conserve aucune copie ni sauvegarde au-delà de trente jours et remet un certificat de destruction.", Ok),
            // Deleted at the end with no return anywhere: contrary (spec, reading conventions).
        ("À la fin du contrat, le titulaire supprime les données techniques, dont l'annuaire, les certificats et les clés, et toutes les sauvegardes. Le préavis de résiliation est de soixante jours.", Contrary),
        ("Le titulaire restitue les données à l'acheteur. À la fin du contrat, le titulaire supprime les données techniques, dont l'annuaire, les certificats et les clés, et toutes les sauvegardes. Le préavis de résiliation est de soixante jours.", Weak),
            ("Within thirty (30) days, Provider shall delete all Customer Data, including backups, and deliver a written certificate of deletion.", Ok),
            ("Le titulaire s'engage à conserver, à des fins de preuve et d'archivage, une copie des actes pendant dix ans après la fin du marché.", Contrary),
            ("Within sixty days after the return, the Provider shall delete all Customer Data, including backups, and shall issue a written deletion certificate.", Ok),
            ("Le titulaire détruit les données sous trente jours. Les copies de sauvegarde sont toutefois conservées conformément à la politique de rétention du sous-traitant.", Contrary),
        ],
    );
}

#[test]
fn hedge_in_unrelated_clause_changes_nothing() {
    let text = "Les données et leurs sauvegardes sont hébergées exclusivement en France.\n\nLes prix sont révisés annuellement, le cas échéant.\n";
    assert_eq!(status(text, "localisation"), Ok);
}

#[test]
fn elements_may_stand_in_different_articles() {
    let text = "## Article 11 – Élimination\n\n11.1. Le titulaire détruit toutes les données, y compris les sauvegardes, dans un délai de trente jours.\n\n11.2. Il remet un procès-verbal de destruction.\n";
    assert_eq!(status(text, "deletion"), Ok);
}

#[test]
fn findings_carry_codes_and_passages() {
    let r = judge_md(
        "Le prestataire choisit librement le lieu d'hébergement.",
        pack(),
    );
    let f = r
        .findings
        .iter()
        .find(|f| f.code == "LOC050")
        .expect("LOC050");
    let p = f.passage.as_ref().unwrap();
    assert_eq!(
        &"Le prestataire choisit librement le lieu d'hébergement."[p.start..p.end],
        "choisit librement le lieu"
    );
    assert!(codes("Rien.").contains(&"LOC001".to_string()));
}

#[test]
fn side_checks() {
    assert!(codes(
        "Le prestataire peut recourir librement à des sous-traitants, sans en informer le client."
    )
    .contains(&"SUB001".to_string()));
    assert!(!codes(
        "Le titulaire ne recourt à des sous-traitants qu'avec l'accord préalable de la commune."
    )
    .contains(&"SUB001".to_string()));
    let del = "Le titulaire détruit les données et leurs sauvegardes sous trente jours et remet un certificat.";
    assert!(codes(del).contains(&"ARC001".to_string()));
    assert!(!codes(&format!(
        "{del} Aucune élimination n'intervient sans le visa du service d'archives."
    ))
    .contains(&"ARC001".to_string()));
}

#[test]
fn a_label_is_not_a_clause() {
    // A price form names the service; it binds nobody to anything.
    let text = "| Prestation | Prix HT |\n|---|---|\n| Réversibilité / Transférabilité | ____ |\n";
    assert_eq!(status(text, "reversibility"), Missing);
}

#[test]
fn naming_a_purpose_is_not_a_permission() {
    let text = "Le titulaire tient compte des oppositions à l'utilisation des données par des tiers à des fins de prospection commerciale.";
    assert_ne!(status(text, "confidentiality"), Contrary);
    let text = "The Supplier shall return all Authority Data in a machine-readable non-proprietary format within 30 days.";
    assert_ne!(status(text, "portability"), Contrary);
}

#[test]
fn english_contracts_are_judged() {
    let cases = [
        ("localisation", "Provider shall store Customer Data and all backups exclusively in France."),
        ("security", "Provider maintains ISO/IEC 27001 certification and shall notify Customer of any Security Incident within 24 hours."),
        ("confidentiality", "Provider shall keep Customer Data confidential, ensure that its employees and subcontractors are bound by confidentiality, and use it solely to provide the Services."),
        ("traceability", "Provider logs all access to Customer Data and retains the logs for twelve months."),
        ("auditability", "Customer may audit Provider once a year through an auditor it appoints. Provider shall cooperate and give access to its facilities."),
        ("reversibility", "Upon termination, Provider shall perform the exit plan and provide transition assistance to Customer and its new provider for ninety days."),
        ("portability", "Provider shall return all Customer Data, including metadata, in CSV format."),
        ("deletion", "After the return of the data, Provider shall delete all Customer Data, including backups, within 30 days and provide a certificate of deletion."),
    ];
    for (family, text) in cases {
        assert_eq!(status(text, family), Ok, "{family}: {text}");
    }
    assert_eq!(status("Provider will use commercially reasonable efforts to maintain logs of administrative access for 90 days.", "traceability"), Weak);
    assert_eq!(
        status(
            "Customer Data may be stored in any country where Provider operates.",
            "localisation"
        ),
        Contrary
    );
}

/// Every rule of the pack carries its examples: wordings it fires on and wordings
/// it stays quiet on.
#[test]
fn every_rule_of_the_pack_carries_examples() {
    for rule in &pack().rules {
        assert!(
            !rule.examples.fire.is_empty() && !rule.examples.quiet.is_empty(),
            "{} has no examples in the pack (examples.fire, examples.quiet)",
            rule.code
        );
    }
}

/// Every example a rule of the pack carries: it fires on each `fire` wording and
/// stays quiet on each `quiet` one.
#[test]
fn every_example_of_the_pack_holds() {
    let mut failures = Vec::new();
    for rule in &pack().rules {
        for text in &rule.examples.fire {
            if !codes(text).contains(&rule.code) {
                failures.push(format!("{} should fire on: {text}", rule.code));
            }
        }
        for text in &rule.examples.quiet {
            if codes(text).contains(&rule.code) {
                failures.push(format!("{} should stay quiet on: {text}", rule.code));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn side_checks_respect_negation() {
    assert!(
        !codes("Le prestataire ne peut en aucun cas recourir librement à des sous-traitants.")
            .contains(&"SUB001".to_string())
    );
}

#[test]
fn table_of_contents_lines_are_not_clauses() {
    let text = "ARTICLE 9 – SÉCURITÉ ET CONFIDENTIALITÉ .................... 12\n\nARTICLE 10 – RÉVERSIBILITÉ . . . . . . . . 14\n";
    assert_eq!(status(text, "confidentiality"), Missing);
    assert_eq!(status(text, "reversibility"), Missing);
}

#[test]
fn last_words_counts_words_from_the_end() {
    use super::last_words;
    assert_eq!(last_words("ne remet pas le ", 2), "pas le ");
    assert_eq!(last_words("ne remet pas le ", 0), "ne remet pas le ");
    assert_eq!(last_words("un deux", 5), "un deux");
    assert_eq!(last_words("", 3), "");
}

#[test]
fn price_schedules_address_but_bind_no_element() {
    // A priced service names a family without binding its elements: weak, never ok.
    let bpu = "| Poste | Désignation | Prix HT |\n|---|---|---|\n| 4 | Prestation de réversibilité : plan de réversibilité, assistance au transfert vers le nouveau titulaire pendant six mois | 5 000 € |\n| 5 | Restitution de l'intégralité des données au format CSV | 800 € |\n";
    assert_eq!(status(bpu, "reversibility"), Weak);
    assert_eq!(status(bpu, "portability"), Weak);
    // An amount alone marks the schedule too.
    let amounts = "| Désignation | |\n|---|---|\n| Restitution de l'intégralité des données au format CSV | 800 € |\n";
    assert_eq!(status(amounts, "portability"), Weak);
    // The same words in a table of clauses bind.
    let clauses = "| Article | Clause |\n|---|---|\n| 12 | Le titulaire restitue l'intégralité des données au format CSV. |\n";
    assert_eq!(status(clauses, "portability"), Ok);
    // Price lines outside tables, with an amount or a blank to fill in.
    let lines = "- Prestation de réversibilité (plan de réversibilité, assistance au transfert pendant six mois) : 5 000 € HT\n- Restitution de l'intégralité des données au format CSV : ........ € HT\n";
    assert_eq!(status(lines, "reversibility"), Weak);
    assert_eq!(status(lines, "portability"), Weak);
    let priced_clause = "Le titulaire restitue l'intégralité des données au format CSV ; cette prestation est comprise dans le prix de 800 €.";
    assert_eq!(status(priced_clause, "portability"), Ok);
    // A contrary clause in a price schedule is as binding as anywhere else.
    let reuse = "| N° | Désignation | Prix unitaire HT |\n|---|---|---|\n| 4.1 | Remise consentie en contrepartie de l'utilisation par le titulaire des données, à des fins statistiques et commerciales | |\n";
    assert_eq!(status(reuse, "confidentiality"), Contrary);
}

#[test]
fn a_document_title_is_no_article() {
    // Under one heading, a few paragraphs share the family's scope...
    let article = "## Article 9 – Fin du contrat\n\nLe titulaire détruit les données et leurs sauvegardes sous trente jours.\n\nIl en remet un certificat.\n";
    assert_eq!(status(article, "deletion"), Ok);
    // ...but a heading over the whole document does not make it one clause.
    let mut doc = String::from("# Conditions générales\n\nLe titulaire détruit les données et leurs sauvegardes sous trente jours.\n\n");
    for i in 0..25 {
        doc.push_str(&format!("Les parties se réunissent au trimestre {i}.\n\n"));
    }
    doc.push_str("Le titulaire remet un certificat d'assurance.\n");
    assert_eq!(status(&doc, "deletion"), Weak);
}

#[test]
fn glossaries_and_tables_of_contents_bind_nobody() {
    let glossary = "## Article 1 : Définitions\n\n- HDS (Hébergeur de Données de Santé) : statut spécifique en France, nécessitant une certification délivrée par un organisme accrédité.\n- Journal : registre horodaté des accès, conservé un an.\n";
    assert_eq!(status(glossary, "localisation"), Missing);
    assert_eq!(status(glossary, "traceability"), Missing);
    let toc = "## Table des matières\n\n- 7.5. Localisation du service en France\n- Article 7 : Mesures de sécurité et de confidentialité 10\n";
    assert_eq!(status(toc, "localisation"), Missing);
    assert_eq!(status(toc, "confidentiality"), Missing);
    // An article that merely mentions definitions is not a glossary.
    let article = "## Article 1 – Objet et définitions\n\nLes accès sont journalisés et les journaux sont conservés un an.\n";
    assert_eq!(status(article, "traceability"), Ok);
}

#[test]
fn a_reference_to_an_article_brings_its_scope() {
    let text = "## Article 4 – Confidentialité\n\nLe titulaire est tenu à la confidentialité des données. Il s'interdit de les utiliser à d'autres fins que l'exécution du marché.\n\n## Article 11 – Sous-traitance\n\nLes obligations de l'article 4 s'imposent au personnel du titulaire et à ses sous-traitants.\n";
    assert_eq!(status(text, "confidentiality"), Ok);
    // A reference to another text's article is no reference to this one.
    let other = "## Article 4 – Confidentialité\n\nLe titulaire est tenu à la confidentialité des données. Il s'interdit de les utiliser à d'autres fins que l'exécution du marché.\n\n## Article 11 – Sous-traitance\n\nL'article 4 du CCAG s'impose au personnel du titulaire et à ses sous-traitants.\n";
    assert_eq!(status(other, "confidentiality"), Weak);
}

/// Distractor senses in English (spec, "Text that is not about the provider's handling
/// of the authority's data" and "Features of the delivered software are not clauses").
#[test]
fn english_distractor_senses_count_for_nothing() {
    let cases = [
        ("localisation", "The Contractor supplies a hosted IP telephony service for 640 extensions."),
        ("localisation", "Technicians may see call data on the hosted platform."),
        ("security", "The Contractor is responsible for the security of persons and property during installation works."),
        ("security", "Safety and security on site: staff follow the fire-safety instructions of each ward."),
        ("traceability", "The platform includes an activity journal that lets operators review the calls they handled."),
        ("auditability", "The Contractor has the platform's source code audited every year by a specialised firm."),
        ("auditability", "If the Provider is audited by a tax authority, it only shares the billing information needed to complete the audit."),
        ("auditability", "Le titulaire fait l'objet chaque année d'un audit fiscal."),
    ];
    counts_for_nothing(&cases);
    // The same words with a place, a measure, logs or an audit right still count.
    expect(
        "localisation",
        &[(
            "The hosted platform and all its backups are hosted exclusively in France.",
            Ok,
        )],
    );
    expect("auditability", &[("The Customer may audit the Contractor, who shall give access to its premises and documents.", Ok)]);
}

/// "L'article 8.4 des conditions générales ne s'applique pas": the clause it names,
/// where it stands in the file under a heading naming that text, binds nobody.
#[test]
fn a_clause_disapplied_by_another_article_counts_for_nothing() {
    let annex = "## Annexe 3 — Conditions générales du prestataire\n\n**8.4** Le prestataire peut héberger les données dans tout pays.\n";
    let ccap = |sentence: &str| format!("# CCAP\n\n14.2 {sentence}\n\n{annex}");
    let disapplied =
        ccap("L'article 8.4 des conditions générales ne s'applique pas au présent marché.");
    assert_eq!(status(&disapplied, "localisation"), Missing);
    // Another text's article 8.4, or another article, leaves the clause binding.
    let other_text = ccap("L'article 8.4 du CCAG-TIC ne s'applique pas au présent marché.");
    assert_eq!(status(&other_text, "localisation"), Contrary);
    let other_article = ccap("Les articles 8.3 et 9 des conditions générales ne s'appliquent pas.");
    assert_eq!(status(&other_article, "localisation"), Contrary);
    let applied = ccap("L'article 8.4 des conditions générales s'applique au présent marché.");
    assert_eq!(status(&applied, "localisation"), Contrary);
    // Only the clause that says « ne s'applique pas » disapplies what it cites, not
    // another clause of the same sentence after a « ; ».
    let neighbour = ccap("Sont complétés : l'article 7 des conditions générales ne s'applique pas ; le délai de l'article 8.4 des conditions générales est fixé à trente jours.");
    assert_eq!(status(&neighbour, "localisation"), Contrary);
    // A list of articles, one of them a heading: every block under it goes too.
    let heading = "# CCAP\n\nLes articles 7 et 12 des conditions générales ne sont pas applicables.\n\n## Conditions générales\n\n### Article 12 — Responsabilité\n\nLe prestataire ne saurait être tenu responsable de la perte des données.\n";
    assert_eq!(status(heading, "security"), Missing);
    // Disapplied in the same sentence, without quotes.
    let same = "La clause permettant au prestataire d'héberger les données dans tout pays ne s'applique pas au présent marché.";
    assert_ne!(status(same, "localisation"), Contrary);
}

/// Features of the delivered software are not clauses (spec, reading conventions).
#[test]
fn what_the_software_does_binds_the_provider_to_nothing() {
    let features = [
        ("portability", "L'application permet l'export de l'intégralité des données au format CSV."),
        ("traceability", "Le journal de bord permet de stocker et visualiser l'ensemble des opérations."),
        ("portability", "The platform includes an export menu producing all data in CSV format."),
        ("localisation", "Le concentrateur assure les tâches suivantes :\n\n- acquisition, exploitation et stockage des mesures en France ;\n- exportation des données au format XML."),
        // Bullets the source did not mark up as a list (an indented block, a PDF).
        ("portability", "Le concentrateur assure les tâches suivantes :\n\n    • exportation de l'intégralité des données au format XML."),
    ];
    counts_for_nothing(&features);
    // A duty on the provider about its software still binds it.
    let duty = "La solution doit permettre l'export de l'intégralité des données au format CSV.";
    assert_ne!(status(duty, "portability"), Missing);
    let duty = "Le titulaire assure les tâches suivantes :\n\n- restitution de l'intégralité des données au format CSV.";
    assert_eq!(status(duty, "portability"), Ok);
}

/// Senses of "export", "restitution", "récupérer" and "effacement" that are not the
/// provider handing back or destroying the authority's data (found in real documents).
#[test]
fn traceability_distractors_count_for_nothing() {
    let cases = [
        ("traceability", "Nos serveurs activent des enregistrements DNS CAA et la publication dans les journaux de Certificate Transparency (CT)."),
        ("traceability", "Within 30 days, all content will be permanently deleted from active systems and logs."),
    ];
    counts_for_nothing(&cases);
}

#[test]
fn reversibility_needs_a_move_to_another_provider() {
    let cases = [
        ("reversibility", "Either party may terminate this Agreement if the other party ceases operation without a successor."),
        ("reversibility", "Information on the Online Services can be found at docs.example.com or a successor location."),
        ("reversibility", "OpenProject may transfer its rights under this Agreement to a legal successor of its business."),
    ];
    counts_for_nothing(&cases);
    let text = "Provider shall assist Customer and its successor provider during the transition.";
    assert_ne!(status(text, "reversibility"), Missing);
}

#[test]
fn portability_and_deletion_distractors_count_for_nothing() {
    let cases = [
        ("portability", "Customer may not remove or export from the United States the Product or any related technology."),
        ("portability", "L'Administration invite la DINUM aux réunions de lancement et restitution de l'audit."),
        ("portability", "Lors de l'envoi de flux, la station interroge le frontal IP pour récupérer des demandes à traiter."),
        ("portability", "Il est possible à tout moment de demander l'accès, la rectification, l'effacement, la portabilité ou la limitation des données vous concernant."),
        ("deletion", "Il est possible à tout moment de demander l'accès, la rectification, l'effacement, la portabilité ou la limitation des données vous concernant."),
    ];
    counts_for_nothing(&cases);
    expect("portability", &[("Le titulaire permet à la commune de récupérer l'intégralité des données au format CSV.", Ok)]);
}

/// Defined names: "la société Nubalis SAS, ci-après « Nubalis »" binds Nubalis as the
/// provider; a syndicat serving a commune is the provider of their convention.
#[test]
fn parties_defined_by_name_are_the_provider_and_the_buyer() {
    let preamble = "Entre la commune de Vaux, ci-après « la Commune », et la société Nubalis SAS, au capital de 10 000 euros, ci-après « Nubalis ».\n\n";
    let clause = |text: &str| format!("{preamble}## Article 9 – Portabilité\n\n{text}\n");
    let fees = clause("Tout export complet des données de la Commune est réalisé par Nubalis sur devis, moyennant une rémunération fixée par Nubalis à sa seule appréciation.");
    assert_eq!(status(&fees, "portability"), Contrary);
    // The provider's option is a hedge, once the name is known to be the provider's.
    let option = "Nubalis peut restituer à la Commune l'intégralité des données au format CSV.";
    let undefined = format!("## Article 9 – Portabilité\n\n{option}\n");
    assert_eq!(status(&undefined, "portability"), Ok);
    assert_eq!(status(&clause(option), "portability"), Weak);
    let english = "Orvane Cloud SAS, a French company (hereinafter \"Orvane\"), and the City of Vaux (the \"Customer\").\n\nOrvane may retain Customer Data contained in backups until the expiry of its standard backup retention period.\n";
    assert_eq!(status(english, "deletion"), Contrary);
    let syndicat = "La commune de Vaux, ci-après « la Commune », d'une part, et le syndicat mixte Numérique 12, ci-après « le Syndicat », d'autre part.\n\n## Article 7 – Confidentialité\n\nPar dérogation, le Syndicat peut exploiter les données de la Commune, sous forme agrégée, pour établir des statistiques mutualisées.\n";
    assert_eq!(status(syndicat, "confidentiality"), Contrary);
}

/// A description of the existing system states facts; a pointer to another document
/// brings nothing in (spec, "One file, one judgement").
#[test]
fn the_existing_system_and_pointers_bind_nobody() {
    let existing = "## 1.2. Description de l'existant\n\n### 1.2.3. Journaux\n\nLe logiciel Sauvex conserve un journal des travaux de sauvegarde pendant quatre-vingt-dix jours.\n\nEn 2022, la Ville a fait réaliser un audit de sécurité de son système d'information.\n";
    assert_eq!(status(existing, "traceability"), Missing);
    assert_eq!(status(existing, "auditability"), Missing);
    let required = "## 2. Prescriptions techniques\n\nLe titulaire journalise les accès ; les journaux sont conservés un an.\n";
    assert_eq!(
        status(&format!("{existing}\n{required}"), "traceability"),
        Ok
    );
    let pointer = "Les clauses relatives à la confidentialité, aux pénalités et à la résiliation figurent au CCAP.";
    assert_eq!(status(pointer, "confidentiality"), Missing);
}

/// A requirements table with a level column: a row only wished for binds nothing
/// firmly (spec: "optional" wording is weak).
#[test]
fn optional_rows_of_a_requirements_table_are_hedged() {
    let legend = "| Niveau | Signification |\n| --- | --- |\n| O | Obligatoire : exigence contractuelle |\n| S | Souhaitée : sans valeur contractuelle |\n\n";
    let table = |level: &str| {
        format!("{legend}| Réf. | Exigence | Niveau |\n| --- | --- | --- |\n| HEB-01 | Les données et leurs sauvegardes sont hébergées exclusivement en France | {level} |\n")
    };
    assert_eq!(status(&table("O"), "localisation"), Ok);
    assert_eq!(status(&table("S"), "localisation"), Weak);
    // A level cell that says it in words needs no legend.
    let words = "| Exigence | Niveau |\n| --- | --- |\n| Les données et leurs sauvegardes sont hébergées exclusivement en France | Facultatif |\n";
    assert_eq!(status(words, "localisation"), Weak);
    // A code no legend defines changes nothing.
    let unknown = table("S").replace("| S | Souhaitée : sans valeur contractuelle |\n", "");
    assert_eq!(status(&unknown, "localisation"), Ok);
}

/// "Delete or return" with no decision of the buyer's leaves the choice to the
/// provider, but the return is still offered: the end of the service is not one with
/// no return before it (the labellers of three sets: "at the provider's own choice it
/// is hedged", "not contrary because §9 offers a return path"). At the buyer's choice,
/// request or instructions, the return is owed; deletion alone is no return.
#[test]
fn delete_or_return_at_the_providers_choice_is_still_a_return_path() {
    for offered in [
        "Upon termination, Provider will delete or return all Customer Data within 30 days.",
        "Upon termination, Provider will, at Customer's election, delete or return all Customer Data within 30 days.",
        "Au terme du contrat, le sous-traitant supprime ou renvoie les données, selon les instructions du responsable de traitement.",
        "Upon termination, Provider will return and then delete all Customer Data within 30 days.",
    ] {
        assert_ne!(status(offered, "reversibility"), Contrary, "{offered}");
        assert_ne!(status(offered, "deletion"), Contrary, "{offered}");
    }
    let deleted = "Upon termination, Provider will delete all Customer Data within 30 days.";
    assert_eq!(status(deleted, "reversibility"), Contrary);
    assert_eq!(status(deleted, "deletion"), Contrary);
}

/// A statement that acts on nothing named takes the data its heading names as its
/// matter: a purpose of processing listed under "Purpose of Processing and Use of
/// Data" is one for the buyer's data.
#[test]
fn a_heading_names_the_matter_of_a_statement_under_it() {
    let item = "- Analysis in anonymised form by the Provider for internal purposes and statistics";
    let under = |heading: &str| format!("## {heading}\n\n{item}\n");
    assert_eq!(
        status(
            &under("Purpose of Processing and Use of Data"),
            "confidentiality"
        ),
        Contrary
    );
    assert_ne!(status(&under("Purposes"), "confidentiality"), Contrary);
}

/// A finding of a frame rule says how the clause was read, in the pack's words.
#[test]
fn frame_findings_say_how_the_clause_was_read() {
    let message = |text: &str, code: &str| {
        judge_md(text, pack())
            .findings
            .into_iter()
            .find(|f| f.code == code)
            .unwrap_or_else(|| panic!("{code} fires on {text}"))
            .message
    };
    let read = message(
        "Upon termination, the Provider may delete all Customer Data.",
        "REV052",
    );
    assert!(
        read.ends_with(
            "(read as: the provider · may · delete · the data · at the end of the service)"
        ),
        "{read}"
    );
    // The act the rule asks for, not the first of the clause: DEL054 deletes.
    let purge = message(
        "We may suspend or delete your account at any time.",
        "DEL054",
    );
    assert!(purge.contains("may · delete · the account"), "{purge}");
    // A prohibition the rule reads through its exception is read as the permission
    // it leaves: "shall not transfer … except to" may transfer.
    let transfer = message(
        "We do not transfer personal data outside the EEA except to countries which ensure an adequate level of protection.",
        "LOC052",
    );
    assert!(transfer.contains("the provider · may · "), "{transfer}");
}

/// A document that declares itself binding nobody hedges every clause (spec: `ok`
/// needs a binding clause); a document that only says a part is indicative does not.
#[test]
fn a_document_declared_not_binding_binds_nobody() {
    let clause = "The Provider hosts the data and all their backups exclusively in France.";
    assert_eq!(status(clause, "localisation"), Ok);
    let mou = format!("This MOU is not intended to be legally binding.\n\n{clause}");
    assert_eq!(status(&mou, "localisation"), Weak);
    let french = format!("Le présent document n'a pas de valeur contractuelle.\n\n{clause}");
    assert_eq!(status(&french, "localisation"), Weak);
    let part = format!("Les illustrations sont sans valeur contractuelle.\n\n{clause}");
    assert_eq!(status(&part, "localisation"), Ok);
}

/// A document titled as the tender's rules (a règlement de la consultation) binds no
/// provider, whatever it says of hosting; a contract that names the RC in its text,
/// or a title that goes on past it, is judged as usual.
#[test]
fn the_rules_of_a_tender_bind_no_provider() {
    let clause =
        "Le titulaire héberge les données et toutes leurs sauvegardes exclusivement en France.";
    assert_eq!(status(clause, "localisation"), Ok);
    for title in [
        "REGLEMENT DE LA CONSULTATION",
        "Accord-cadre 2022_011 Règlement de la consultation (RC)",
        "Instructions to Tenderers",
    ] {
        let rc = format!("{title}\n\n{clause}");
        assert_eq!(status(&rc, "localisation"), Missing, "{title}");
    }
    for text in [
        format!("CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIERES\n\nLes candidats respectent le règlement de la consultation.\n\n{clause}"),
        format!("Règlement de la consultation valant cahier des charges\n\n{clause}"),
    ] {
        assert_eq!(status(&text, "localisation"), Ok, "{text}");
    }
}

/// Windows read after an action or before a qualifier end on a letter's boundary:
/// these panicked once (a '→' or '€' 40 or 60 bytes after an action).
#[test]
fn frames_never_cut_a_letter() {
    for text in [
        "non-remise du procès-verbal de destruction : 200 € par jour calendaire €€€€€€€€€€€€€€€€€€€€.",
        "labelled as contract content: line 2.2 → localisation weak, line 3.2 → reversibility, 4.1 → →.",
        "Le titulaire exploite les données →→→→→→→→→→→→→→→→→→→→→→→→ que pour les finalités suivantes :\n\n- produire des statistiques →→→→→→→→→→→→.",
        // Enumerations inside a sentence, with letters of several bytes about the markers.
        "justificatifs (liens familiaux…) et le titulaire peut (a) héberger…) ; (b) é) supprimer ; (c)",
        "Nous pouvons, à notre seule discrétion : a) supprimer les données ; b) €) c) ii) (iii)",
    ] {
        let report = judge_md(text, pack());
        assert_eq!(report.families.len(), 8, "{text}");
    }
}

/// A clause about persons, goods or premises with no data in it addresses no family
/// (the pack's `not_addressing`), whatever family word it holds.
#[test]
fn clauses_about_no_data_address_nothing() {
    counts_for_nothing(&[
        (
            "security",
            "Le titulaire assure la sécurité des bâtiments et des équipements du site.",
        ),
        (
            "security",
            "The contractor ensures the security of the premises and equipment.",
        ),
    ]);
    assert_ne!(
        status(
            "Le titulaire assure la sécurité des données et des équipements.",
            "security"
        ),
        Missing
    );
}

/// What a user does in the application addresses no family but confidentiality: a
/// user's duty to keep data secret still counts (the pack's `not_addressing` with
/// `families`).
#[test]
fn users_features_address_nothing_but_their_secrecy_counts() {
    counts_for_nothing(&[
        (
            "portability",
            "Chaque utilisateur peut accéder à la liste des signalements, la filtrer et exporter les résultats.",
        ),
        (
            "deletion",
            "L'utilisateur peut supprimer ses fichiers à tout moment depuis son espace.",
        ),
    ]);
    assert_ne!(
        status(
            "Les utilisateurs sont tenus à la confidentialité des données auxquelles ils accèdent.",
            "confidentiality"
        ),
        Missing
    );
}

/// Each verb has its own force: the modal before it, denied by a negation between
/// the previous verb and it, and a qualifier belongs to the verb it follows.
#[test]
fn each_verb_is_read_with_its_own_modal() {
    let pack = pack();
    let frame = |text: &str| {
        let doc = crate::read::markdown_for_tests(text);
        let blocks = super::text::prepare(&doc, &pack.text);
        super::clause::frames(&doc, &blocks, pack).remove(0)
    };
    let forces = |text: &str| {
        let f = frame(text);
        f.action_forces
            .iter()
            .map(|(force, _)| force.name())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        forces("Provider shall keep Customer Data confidential and shall not use it for other purposes."),
        ["obligation", "prohibition"]
    );
    assert_eq!(
        forces("Upon termination, Customer Data will be deleted and cannot be recovered."),
        ["obligation"]
    );
    // Verbs listed with commas under a denied modal are all denied.
    assert_eq!(
        forces("The Provider shall not use, disclose or transfer Customer Data."),
        ["prohibition", "prohibition", "prohibition"]
    );
    assert_eq!(
        forces("We do not store, retrieve nor sell Customer Data."),
        ["prohibition", "prohibition", "prohibition"]
    );
    assert_eq!(
        forces("Le titulaire ne peut transférer ni divulguer les données."),
        ["prohibition", "prohibition"]
    );
    assert_eq!(
        forces("Aucun accès ne peut avoir lieu sans être journalisé."),
        ["obligation"]
    );
    assert_eq!(
        forces("We will notify Customer of an incident at our discretion."),
        ["discretion"]
    );
    // A noun's modal follows it.
    assert_eq!(
        forces("Aucun audit du prestataire n'est autorisé."),
        ["prohibition"]
    );
    // A negation far before the modal is another verb's.
    assert_eq!(
        forces("L'éditeur n'est pas tenu de donner suite et se réserve le droit de supprimer le compte."),
        ["permission"]
    );
    // "hors du territoire" follows "stockée", which is forbidden: no transfer allowed.
    assert_eq!(
        status(
            "Les données sont hébergées exclusivement en France ; aucune sauvegarde ne peut être stockée hors du territoire national.",
            "localisation"
        ),
        Ok
    );
}

/// The one-sentence probes of fixtures/probes: contrary clauses and their
/// look-alikes, written from the spec. A floor, raised as the reading improves.
#[test]
fn probes_hold_at_their_floor() {
    const FLOOR: usize = 1173;
    let cases = include_str!("../../fixtures/probes/cases.tsv");
    let failed = probe_misses(cases, |text| format!("# Conditions\n\n{text}\n"));
    let held = cases.lines().filter(|l| !l.trim().is_empty()).count() - failed.len();
    assert!(
        held >= FLOOR,
        "{held} probes hold, floor {FLOOR}:\n{}",
        failed.join("\n")
    );
}

/// A family word counts only in a clause that addresses the family (the pack's
/// `addressed_by`): an export of something else, an audit of the code, a statement
/// that something is never logged.
#[test]
fn family_words_count_only_in_clauses_about_the_family() {
    counts_for_nothing(&[
        (
            "portability",
            "Download the latest PDF of this agreement from our website.",
        ),
        (
            "portability",
            "We obtain no rights from you to your translation data.",
        ),
        (
            "auditability",
            "The platform is open source software, allowing anyone to audit our code.",
        ),
        (
            "traceability",
            "The raw IP address is never stored in logs or on disk.",
        ),
        (
            "deletion",
            "L'administrateur peut ajouter ou supprimer un partenaire de la plateforme.",
        ),
    ]);
    for (family, text) in [
        ("portability", "Le titulaire restitue les données au format CSV."),
        ("auditability", "Sur demande, le titulaire communique au client son certificat ISO 27001, qui tient lieu de contrôle."),
        ("traceability", "Provider maintains the traceability of operations performed on the platform."),
        ("deletion", "Le titulaire supprimera en principe les boîtes aux lettres à la fin du marché."),
    ] {
        assert_ne!(status(text, family), Missing, "{family}: {text}");
    }
}

/// fixtures/probes/statuses.tsv: distractors and contraries found while the pack was
/// tuned (the former "rounds"), one clause per line — every line must hold.
#[test]
fn every_status_of_the_probe_file_holds() {
    let cases = include_str!("../../fixtures/probes/statuses.tsv");
    let failed = probe_misses(cases, |text| text.to_string());
    assert!(failed.is_empty(), "\n{}", failed.join("\n"));
}

/// The lines of a probe file (family, wanted status, clause; `\n` and `\"` escaped)
/// whose status differs, each told as a line; `wrap` makes the document of a clause.
fn probe_misses(tsv: &str, wrap: impl Fn(&str) -> String) -> Vec<String> {
    let mut failed = Vec::new();
    for line in tsv.lines().filter(|l| !l.trim().is_empty()) {
        let mut cols = line.splitn(3, '\t');
        let (family, want, text) = (
            cols.next().unwrap(),
            cols.next().unwrap(),
            cols.next().unwrap(),
        );
        let text = text.replace("\\n", "\n").replace("\\\"", "\"");
        let got = status(&wrap(&text), family);
        if format!("{got:?}").to_lowercase() != want {
            failed.push(format!("{family}: want {want}, got {got:?}: {text}"));
        }
    }
    failed
}

/// A list's lead-in governs the items after it, up to an item that titles items
/// nested under it: those are sentences of their own.
#[test]
fn a_lead_in_ends_at_an_item_titling_its_own_items() {
    let text = "1. **Transfers**\n    * Company may transfer Personal Data only subject to the following:\n\n\
                * The transfer is necessary to perform the Agreement; and\n\
                * The transfer is made to an approved jurisdiction.\n\n\
                2. **Data Retention**\n    * Company will retain Personal Data for the term.\n";
    let doc = crate::read::markdown_for_tests(text);
    let blocks = super::text::prepare(&doc, &pack().text);
    let led: Vec<(String, bool)> = clause::frames(&doc, &blocks, pack())
        .iter()
        .map(|f| {
            (
                f.text[f.sentence_start()..].to_string(),
                f.lead_in.is_some(),
            )
        })
        .collect();
    let by = |start: &str| led.iter().find(|(t, _)| t.starts_with(start)).map(|l| l.1);
    assert_eq!(by("the transfer is necessary"), Some(true), "{led:?}");
    assert_eq!(by("data retention"), Some(false), "{led:?}");
    assert_eq!(by("company will retain"), Some(false), "{led:?}");
}

/// Who a clause binds: an imperative instructs the reader, the buyer (also after a
/// short label); a party word before an infinitive opening a list item is its object,
/// and the item keeps its lead-in's subject.
#[test]
fn bearers_of_imperatives_and_list_items() {
    let pack = pack();
    let bearers = |text: &str| -> Vec<String> {
        let doc = crate::read::markdown_for_tests(text);
        let blocks = super::text::prepare(&doc, &pack.text);
        super::clause::frames(&doc, &blocks, pack)
            .iter()
            .map(|f| {
                f.bearer.map_or("none".to_string(), |b| {
                    pack.lexicon.bearer.classes[b].clone()
                })
            })
            .collect()
    };
    assert_eq!(
        bearers("Utilisez le réseau privé pour connecter vos serveurs."),
        ["buyer"]
    );
    assert_eq!(
        bearers("Migration entrante : souscrivez un projet et chiffrez vos machines."),
        ["buyer"]
    );
    // A longer label that names no party (« propre au client » is governed).
    assert_eq!(
        bearers("Scénario des données chiffrées à l'aide d'un KMS propre au client : mettez en place une liaison chiffrée."),
        ["buyer"]
    );
    // « chez » is no imperative.
    assert_ne!(
        bearers("Chez le titulaire, les données sont chiffrées."),
        ["buyer"]
    );
    assert_eq!(
        bearers("Le titulaire n'utilise vos données que pour :\n\n- vous prévenir d'un incident."),
        ["provider", "provider"]
    );
    // A party right after a verb the lexicon does not know is its object; one told
    // or allowed to act ("à", "to") is who acts; a compound subject stays the last.
    assert_eq!(
        bearers("The Provider gives the Customer storage space on its servers."),
        ["provider"]
    );
    assert_eq!(
        bearers("Le Client autorise le Prestataire à transférer les données."),
        ["provider"]
    );
    assert_eq!(
        bearers("Le titulaire et l'acheteur conservent les données."),
        ["buyer"]
    );
    // An impersonal « il » is no pronoun for the party before; « il appartient au
    // titulaire » names its party.
    assert_eq!(
        bearers("Le titulaire héberge les données.\n\nIl est interdit d'utiliser la technique du lien profond.\n\nIl appartient au titulaire de chiffrer les données."),
        ["provider", "none", "provider"]
    );
    // After an acknowledgement, the « que » opening the clause governs no party.
    assert_eq!(
        bearers("Le client accepte que le titulaire supprime les données."),
        ["provider"]
    );
    // A party opening a relative clause about a noun is that clause's subject.
    assert_eq!(
        bearers("La commune, ou tout auditeur indépendant qu'elle mandate, peut réaliser un audit sur pièces."),
        ["buyer"]
    );
    // A list item may open on one under its lead-in.
    assert_eq!(
        bearers("L'utilisateur respecte les règles suivantes :\n\n- Il est interdit d'utiliser la technique du lien profond."),
        ["user", "none"]
    );
    // « Cela » stands for the sentence before's party.
    assert_eq!(
        bearers("Vous êtes tenu de protéger la confidentialité des personnes. Cela inclut le respect des lois."),
        ["buyer", "buyer"]
    );
    // After a condition, a pronoun stands for the condition's subject.
    assert_eq!(
        bearers("Le client héberge ses fichiers.\n\nIf the Provider deletes Customer Data, it will notify the Customer."),
        ["buyer", "provider"]
    );
    // A pronoun subject of a passive stands for the things a sentence with no party
    // spoke of, and binds nobody; one that acts may name a party the lexicon does
    // not know, and stays a pronoun.
    assert_eq!(
        bearers("Upon cancellation, your data will be retained for 30 days, after which it will be deleted."),
        ["none", "none"]
    );
    assert_eq!(
        bearers("Le Partenaire conserve les données.\n\nIl les supprime à la fin du contrat."),
        ["none", "pronoun"]
    );
    // A party that « verra son accès supprimé » undergoes the act: nobody named does it.
    assert_eq!(
        bearers("Tout utilisateur qui mettrait en œuvre un traitement non-conforme verra son accès au Service immédiatement supprimé."),
        ["none"]
    );
    // An article number opening a paragraph does not hide the pronoun after it.
    assert_eq!(
        bearers("Le titulaire garde les données secrètes.\n\n6.2. Il fait respecter cette obligation par son personnel."),
        ["provider", "provider"]
    );
}

/// The built-in pack compiles its matchers on first use and hides a pattern that does
/// not compile: compiled eagerly, every one must, and judge as the lazy pack does.
#[test]
fn built_in_pack_compiles_eagerly_and_judges_as_lazily() {
    let eager = crate::rules::load_default_pack_eagerly(&BTreeMap::new()).unwrap();
    let text = "# Article 5 – Données\n\nLes données sont hébergées en France. Le titulaire notifie tout incident sous 24 heures. Le prestataire peut supprimer les données à tout moment.\n\n# Article 9 – Fin\n\nÀ la fin du marché, le titulaire restitue les données dans un format ouvert.";
    let (lazy, eager) = (judge_md(text, pack()), judge_md(text, &eager));
    let statuses = |r: &FileReport| r.families.iter().map(|f| f.status).collect::<Vec<_>>();
    assert_eq!(statuses(&lazy), statuses(&eager));
    let codes = |r: &FileReport| {
        r.findings
            .iter()
            .map(|f| f.code.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(codes(&lazy), codes(&eager));
    assert!(!codes(&lazy).is_empty());
}

/// An audit right bound in one article is left at the provider's choice by a clause
/// elsewhere that lets it hand over its own documents instead (the element's
/// `weakened_by`), also when that clause is a list item under a lead-in whose verb
/// binds; a provider merely allowed to send its certificates weakens nothing.
#[test]
fn audit_right_replaced_by_providers_documents_is_weak() {
    let right = "The Authority, or an auditor it appoints, may audit the Provider; the Provider shall cooperate and give access to its premises and documents.";
    assert_eq!(status(&format!("# Audit\n\n{right}\n"), "auditability"), Ok);
    for replaced in [
        "Where an on-site audit is not feasible, the Provider may provide documentation and other evidence of compliance instead.",
        "Such audits shall be subject to:\n\n- prior notice of 30 days;\n- where direct system access is not feasible, the Provider may provide requested documentation and other evidence.",
        "En lieu et place de l'audit, le titulaire peut remettre ses rapports de certification.",
    ] {
        let doc = format!("# Audit\n\n{right}\n\n{replaced}\n");
        assert_eq!(status(&doc, "auditability"), Weak, "{replaced}");
        assert!(codes(&doc).contains(&"AUD002".to_string()), "{replaced}");
    }
    let doc = format!(
        "# Audit\n\n{right}\n\nThe Provider may send its ISO 27001 certificate to the Authority.\n"
    );
    assert_eq!(status(&doc, "auditability"), Ok);
}

/// A definition binds nobody and addresses no family, also when it says what a term
/// is not.
#[test]
fn definitions_address_nothing() {
    counts_for_nothing(&[
        (
            "portability",
            "La simple apposition d'un lien hypertexte vers le portail n'est pas considérée comme une extraction des données.",
        ),
        (
            "localisation",
            "« Centre de données » s'entend de tout local où sont hébergés des serveurs.",
        ),
    ]);
    assert_eq!(
        status("Les données sont hébergées en France.", "localisation"),
        Weak
    );
}

/// « ne … que » restricts, it does not forbid: the data returned only through the
/// provider's own tool is the contrary of portability; the data used only for the
/// contract, or hosted only in France, are addressed as such.
#[test]
fn a_denied_modal_restricted_by_que_permits_only_so() {
    expect(
        "portability",
        &[
            ("Les données ne pourront être restituées que dans le format propriétaire du prestataire.", Contrary),
            ("Les données ne pourront être récupérées par le Client qu'au moyen de l'outil propriétaire du Prestataire.", Contrary),
            ("Les données ne pourront pas être restituées dans un format propriétaire.", Weak),
        ],
    );
    expect(
        "confidentiality",
        &[("Le titulaire ne peut utiliser les données de la collectivité qu'aux fins de l'exécution du marché.", Weak)],
    );
    expect(
        "localisation",
        &[("Les données ne peuvent être hébergées qu'en France.", Weak)],
    );
}

/// After « ; », a clause with a subject of its own is a frame of its own: the
/// return and deletion after an account is closed are no permission of the
/// buyer's; a « ; » before an infinitive keeps the sentence whole.
#[test]
fn a_clause_after_a_semicolon_with_its_own_subject_is_read_alone() {
    let text = "Le Client peut clôturer son compte à tout moment ; ses données lui sont alors restituées, puis supprimées dans un délai de trente jours.";
    assert_eq!(status(text, "deletion"), Weak);
    let frames = |text: &str| {
        let doc = crate::read::markdown_for_tests(text);
        let blocks = super::text::prepare(&doc, &pack().text);
        clause::frames(&doc, &blocks, pack()).len()
    };
    assert_eq!(frames(text), 2);
    assert_eq!(
        frames("Le titulaire s'engage à héberger les données en France ; à les sauvegarder chaque jour."),
        1
    );
}

/// A « que » between a negation and a verb puts the verb in another clause: « Nous
/// ne revendiquons aucun droit sur vos données, que vous téléchargez » rules out no
/// return of the data; « revendiquer » is no resale.
#[test]
fn a_negation_does_not_reach_past_que() {
    let text = "Nous ne revendiquons aucun droit sur vos données : textes, images, vidéos, que vous téléchargez ou transmettez depuis votre compte.";
    assert_ne!(status(text, "portability"), Contrary);
    assert_eq!(
        status("Aucune donnée ne sera restituée au client.", "portability"),
        Contrary
    );
}

/// Recording how the service is used, or who accessed it, addresses traceability
/// whatever its words; an application's logbook is a feature and does not.
#[test]
fn recording_usage_addresses_traceability() {
    assert_eq!(
        status("Le service enregistre automatiquement certaines informations concernant votre utilisation du service, telles que l'adresse IP et la date de l'accès.", "traceability"),
        Weak
    );
    assert_eq!(
        status(
            "L'application dispose d'un journal de bord des modifications.",
            "traceability"
        ),
        Missing
    );
}

/// « ne … pas … que » is a negation and a conjunction, not a restriction.
#[test]
fn a_negation_with_pas_before_que_restricts_nothing() {
    let frame = first_frame;
    assert!(!frame("Il n'est pas nécessaire qu'ils révèlent leur identité.").contains("exclusive"));
    assert!(frame("Les données ne peuvent être hébergées qu'en France.").contains("exclusive"));
}

/// « Should » opens a condition only first in its clause ("Should you need …, "): in
/// "You should provide details, or logs" it is the modal, and the user is bound.
#[test]
fn should_after_its_subject_is_a_modal_not_a_condition() {
    let read = first_frame("You should provide details, or relevant message logs.");
    assert!(
        read.contains("bearer=buyer") && read.contains("force=hedged"),
        "{read}"
    );
    let read = first_frame("Should you need a copy, we will provide your data.");
    assert!(read.contains("bearer=provider"), "{read}");
}

/// A possessive names who is bound when what it holds is duties; otherwise the
/// possessive's noun is the object ("Customer's data").
#[test]
fn a_possessive_before_duties_is_the_bearer() {
    let read = first_frame("Customer's confidentiality obligations will continue for three years.");
    assert!(read.contains("bearer=buyer"), "{read}");
    let read = first_frame("Customer's data will be deleted.");
    assert!(!read.contains("bearer=buyer"), "{read}");
}

/// Terms written to « vous » bind, allow and forbid with the second person's modals.
#[test]
fn the_second_persons_modals_have_their_force() {
    let read = first_frame("Vous devez conserver une copie.");
    assert!(read.contains("force=obligation"), "{read}");
    let read = first_frame("Vous pouvez exporter les données.");
    assert!(read.contains("force=permission"), "{read}");
    let read = first_frame("Vous ne pouvez pas exporter les données.");
    assert!(read.contains("force=prohibition"), "{read}");
}

/// "the data you store": a verb after a noun and "you" describes the noun; the
/// clause does not store anything.
#[test]
fn a_verb_in_a_relative_clause_with_no_pronoun_is_not_the_clauses() {
    let read = first_frame(
        "Additional terms may apply to the Content you download from third-party sites.",
    );
    assert!(!read.contains("return("), "{read}");
    assert_ne!(
        status(
            "Additional terms may apply to the Content you download from third-party sites.",
            "portability"
        ),
        Weak
    );
}

/// The verbs listed after a relative clause's verb belong to it too: "Content you
/// download, copy, purchase, or use" neither returns nor reuses anything.
#[test]
fn verbs_listed_in_a_relative_clause_are_its() {
    let read =
        first_frame("Additional terms may apply to Content you download, copy, purchase, or use.");
    assert!(
        !read.contains("reuse(") && !read.contains("return("),
        "{read}"
    );
}

/// Harms are named, not done; the persons' access rights are not the buyer's service;
/// an outage's timestamps record no data; nor do data centres a snapshot moves between
/// or the buyer's own instructions.
#[test]
fn harms_persons_access_and_cell_items_address_nothing() {
    counts_for_nothing(&[
        (
            "deletion",
            "Le titulaire protège les données contre toute perte, altération ou destruction.",
        ),
        (
            "deletion",
            "Classification reflects the impact should that data be disclosed, altered, or destroyed without authorization.",
        ),
        (
            "deletion",
            "Guard against improper modification or destruction of data.",
        ),
        (
            "reversibility",
            "User access rights are reviewed regularly and revoked immediately upon role change or termination.",
        ),
        (
            "traceability",
            "La demande devra comporter les horodatages précis de la période d'indisponibilité constatée.",
        ),
        // The terms' scope names services, it secures nothing.
        (
            "security",
            "These Terms apply to the websites and to all services provided on them, including any secure area services.",
        ),
        // Support calls logged are no log of the data.
        (
            "traceability",
            "Client support calls can be logged to the Provider's call center on business days.",
        ),
        // Ideas submitted are no data of the buyer's.
        (
            "confidentiality",
            "You agree that the Provider is free to use such ideas and to disclose them to anyone.",
        ),
        // A key exported, a transfer mechanism of the standard clauses: no export of
        // the buyer's data.
        ("portability", "Exportez la clé vNKP de l'environnement d'hébergement."),
        (
            "portability",
            "If the Provider adopts an alternative data export mechanism, such mechanism shall apply to the transfers.",
        ),
        // What a program extracts is a feature, no return to the buyer.
        (
            "portability",
            "Le nom et l'adresse électronique sont des données extraites par un processus de vérification automatique d'identité.",
        ),
        // Nor one supposed by a condition later in the clause.
        (
            "portability",
            "You will need to renew your subscription if you need to download any files again.",
        ),
        // A return supposed by a condition is no return.
        (
            "portability",
            "In the event Customer Data needs to be returned to the Customer, the Customer shall pay reasonable charges.",
        ),
        // The deletion's object is the one after it, not the access before it.
        (
            "reversibility",
            "Accès aux métadonnées uniquement (suppression des données personnelles des citoyens).",
        ),
        // "de l'" and its noun are one word in folded text. (Where the document binds
        // a buyer: else the user is the party, and its account its whole service.)
        (
            "reversibility",
            "Le Client désigne ses Utilisateurs. L'Éditeur se réserve le droit de suspendre ou de supprimer le compte de l'Utilisateur responsable.",
        ),
        (
            "localisation",
            "| Fonction | Documentation |\n|---|---|\n| Compute | Guide (EN)<br><br>Transférer la sauvegarde d'une instance d'un datacenter à un autre |",
        ),
        (
            "security",
            "| Migration |\n|---|\n| - Souscrivez un projet<br>- Activez le chiffrement des VMs avec votre propre KMS. |",
        ),
    ]);
    // A deletion upon termination "or upon request" is a deletion upon termination.
    assert_eq!(
        status(
            "Upon termination of services or upon controller request, all personal data is securely deleted from active systems within 30 days.",
            "deletion"
        ),
        Contrary
    );
}

/// Folded text keeps « l'acheteur » whole: in a group of alternatives followed by a
/// space, an alternative ending in an apostrophe ("(?:du|de l') acheteur") can never
/// match. Each alternative carries its own space instead ("(?:du |de l')acheteur").
#[test]
fn no_pattern_wants_a_space_after_an_elision() {
    let mut found = Vec::new();
    for (name, text) in crate::rules::DEFAULT_PACK {
        for (n, line) in text.lines().enumerate() {
            // Each innermost group "(?:…)" and the character after it.
            for (open, _) in line.match_indices("(?:") {
                let inner = &line[open + 3..];
                let Some(close) = inner.find([')', '(']) else {
                    continue;
                };
                let (body, after) = (&inner[..close], &inner[close..]);
                if after.starts_with(") ")
                    && !after.starts_with(") ?")
                    && body.split('|').any(|alt| alt.ends_with('\''))
                {
                    found.push(format!("{name}:{}: (?:{body}) ", n + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// A run-in heading (« __Confidentialité.__ Le titulaire … ») names the paragraph's
/// topic: it meets no element, the sentence after it does.
#[test]
fn run_in_headings_meet_no_element() {
    let text =
        "# C\n\n__Confidentialité.__ Le titulaire ne communique pas les données à des tiers.\n";
    let state = |id: &str| element_state(text, "confidentiality", id);
    assert_eq!(state("duty"), ElementState::Missing);
    assert_eq!(state("purpose"), ElementState::Bound);
}

/// Handing the data to the next provider is the exit, not a start-up phase; a duration
/// times the exit only in a sentence about leaving, not a retention nearby.
#[test]
fn the_exit_is_timed_by_its_own_sentences() {
    let text = "# Réversibilité\n\nLe titulaire assiste le nouveau prestataire dans la reprise des données.\n\nLe titulaire conserve les données pendant cinq ans.\n";
    let state = |id: &str| element_state(text, "reversibility", id);
    assert_eq!(status(text, "reversibility"), Weak);
    assert_eq!(state("assistance"), ElementState::Bound);
    assert_eq!(state("timing"), ElementState::Missing);
}

/// A proof of deletion is one handed over, also in the sentence after the deletion
/// (« Il en remet un certificat »); « faire preuve de civisme » proves nothing.
#[test]
fn proofs_of_deletion_are_handed_over() {
    let proof = |text: &str| element_state(text, "deletion", "proof");
    assert_eq!(
        proof("# Fin\n\nÀ la fin du marché, après restitution, le titulaire détruit les données et leurs sauvegardes sous trente jours. Il en remet un certificat à l'acheteur.\n"),
        ElementState::Bound
    );
    assert_eq!(
        proof("# Fin\n\nÀ la fin du marché, après restitution, le titulaire détruit les données sous trente jours.\n\nVous devez respecter les autres utilisateurs en faisant preuve de civisme.\n"),
        ElementState::Missing
    );
}

/// GDPR art. 28(3)(b)'s "persons authorised to process the data" reaches anyone who
/// processes them for the provider, staff or not.
#[test]
fn persons_authorised_to_process_extend_confidentiality() {
    let text = "# Confidentialité\n\nLe titulaire est tenu à la confidentialité des données et veille à ce que les personnes autorisées à traiter les données s'engagent à la respecter.\n";
    assert_eq!(
        element_state(text, "confidentiality", "subcontractors"),
        ElementState::Bound
    );
}
