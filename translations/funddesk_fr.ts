<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>FundDesk::App</name>
        <message>
            <source>Write a consistent copy of a fund, even while it is open.</source>
            <translation>Écrire une copie cohérente d’un fonds, même lorsqu’il est ouvert.</translation>
        </message>
        <message>
            <source>The backup file to write.</source>
            <translation>Le fichier de sauvegarde à écrire.</translation>
        </message>
        <message>
            <source>FILE</source>
            <extracomment>placeholder for a file path in command-line help
----------
placeholder for a file path in help</extracomment>
            <translation>FILE</translation>
        </message>
        <message>
            <source>funddesk backup: give the file to write with --output FILE.</source>
            <translation>funddesk backup : indiquez le fichier à écrire avec --output FILE.</translation>
        </message>
        <message>
            <source>funddesk backup: %1</source>
            <translation>funddesk backup : %1</translation>
        </message>
        <message>
            <source>Backed up to %1.</source>
            <translation>Sauvegarde effectuée dans %1.</translation>
        </message>
        <message>
            <source>Replace a fund with a backup, after checking the backup. The replaced file is kept beside it.</source>
            <translation>Remplacer un fonds par une sauvegarde, après vérification de celle-ci. Le fichier remplacé est conservé à côté.</translation>
        </message>
        <message>
            <source>funddesk restore: name one backup file: funddesk restore FILE.</source>
            <translation>funddesk restore : indiquez un seul fichier de sauvegarde : funddesk restore FILE.</translation>
        </message>
        <message>
            <source>funddesk restore: %1</source>
            <translation>funddesk restore : %1</translation>
        </message>
        <message>
            <source>Restored %1 from %2.</source>
            <translation>%1 restauré à partir de %2.</translation>
        </message>
        <message>
            <source>The replaced file was kept as %1.</source>
            <translation>Le fichier remplacé a été conservé sous le nom %1.</translation>
        </message>
        <message>
            <source>Check a fund's database: integrity and data version.</source>
            <translation>Vérifier la base de données d’un fonds : intégrité et version des données.</translation>
        </message>
        <message>
            <source>funddesk check: %1</source>
            <translation>funddesk check : %1</translation>
        </message>
        <message>
            <source>%1: integrity ok; data version %2, upgraded to %3 when FundDesk next opens it.</source>
            <translation>%1 : intégrité correcte ; version des données %2, mise à niveau vers %3 à la prochaine ouverture par FundDesk.</translation>
        </message>
        <message>
            <source>%1: integrity ok; data version %2 (current).</source>
            <translation>%1 : intégrité correcte ; version des données %2 (actuelle).</translation>
        </message>
        <message>
            <source>FundDesk %1 — the fund manager's desktop for the UN Voluntary Fund for ICT-security capacity building.</source>
            <translation>FundDesk %1 — l’application de bureau du gestionnaire du Fonds de contributions volontaires des Nations Unies pour le renforcement des capacités en matière de sécurité des TIC.</translation>
        </message>
        <message>
            <source>Usage:</source>
            <translation>Utilisation :</translation>
        </message>
        <message>
            <source>PATH</source>
            <extracomment>placeholder for a file path in command-line help</extracomment>
            <translation>PATH</translation>
        </message>
        <message>
            <source>open the window</source>
            <translation>ouvrir la fenêtre</translation>
        </message>
        <message>
            <source>&lt;command&gt; [options]</source>
            <translation>&lt;command&gt; [options]</translation>
        </message>
        <message>
            <source>work headless; “funddesk &lt;command&gt; --help” lists the options</source>
            <translation>travailler sans interface graphique ; « funddesk &lt;command&gt; --help » affiche les options</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Commandes :</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Afficher cette aide.</translation>
        </message>
        <message>
            <source>Show the version of FundDesk.</source>
            <translation>Afficher la version de FundDesk.</translation>
        </message>
        <message>
            <source>funddesk: unknown command “%1”. Run “funddesk --help” for the list of commands.</source>
            <translation>funddesk : commande inconnue « %1 ». Exécutez « funddesk --help » pour obtenir la liste des commandes.</translation>
        </message>
        <message>
            <source>The fund's database file (default: %1).</source>
            <translation>Le fichier de base de données du fonds (par défaut : %1).</translation>
        </message>
        <message>
            <source>funddesk %1: %2</source>
            <extracomment>%1 is the command ("contribution add"), %2 what is wrong with the call</extracomment>
            <translation>funddesk %1 : %2</translation>
        </message>
        <message>
            <source>Run “funddesk %1 --help” for the options.</source>
            <translation>Exécutez « funddesk %1 --help » pour obtenir les options.</translation>
        </message>
        <message>
            <source>Print the fund's balance and operational status for a year.</source>
            <translation>Afficher le solde du fonds et sa situation opérationnelle pour une année.</translation>
        </message>
        <message>
            <source>Replace a fund with a checked backup, keeping the replaced file.</source>
            <translation>Remplacer un fonds par une sauvegarde vérifiée, en conservant le fichier remplacé.</translation>
        </message>
        <message>
            <source>Create a realistic demo fund to explore FundDesk.</source>
            <translation>Créer un fonds de démonstration réaliste pour découvrir FundDesk.</translation>
        </message>
        <message>
            <source>Seed of the generator: the same seed gives the same fund.</source>
            <translation>Graine du générateur : la même graine produit le même fonds.</translation>
        </message>
        <message>
            <source>N</source>
            <extracomment>placeholder for a number in command-line help</extracomment>
            <translation>N</translation>
        </message>
        <message>
            <source>funddesk demo: --seed takes a whole number from 0 to %1, not “%2”.</source>
            <translation>funddesk demo : --seed attend un nombre entier compris entre 0 et %1, et non « %2 ».</translation>
        </message>
        <message>
            <source>funddesk demo: “%1” already exists. Give a new file with --database PATH; an existing fund is never overwritten.</source>
            <translation>funddesk demo : « %1 » existe déjà. Indiquez un nouveau fichier avec --database PATH ; un fonds existant n’est jamais écrasé.</translation>
        </message>
        <message>
            <source>funddesk demo: %1</source>
            <translation>funddesk demo : %1</translation>
        </message>
        <message>
            <source>Demo fund created in %1.</source>
            <translation>Fonds de démonstration créé dans %1.</translation>
        </message>
        <message>
            <source>Received in %1</source>
            <translation>Reçu en %1</translation>
        </message>
        <message>
            <source>Received, all years</source>
            <translation>Reçu, toutes années confondues</translation>
        </message>
        <message>
            <source>Pledged, outstanding</source>
            <translation>Annoncé, en attente de versement</translation>
        </message>
        <message>
            <source>Committed</source>
            <translation>Engagé</translation>
        </message>
        <message>
            <source>Disbursed</source>
            <translation>Décaissé</translation>
        </message>
        <message>
            <source>Staff costs (P and GS posts)</source>
            <translation>Dépenses de personnel (postes P et SG)</translation>
        </message>
        <message>
            <source>Staff costs (regular budget)</source>
            <translation>Dépenses de personnel (budget ordinaire)</translation>
        </message>
        <message>
            <source>Available for programmes</source>
            <translation>Disponible pour les programmes</translation>
        </message>
        <message>
            <source>The year (default: this year).</source>
            <translation>L’année (par défaut : l’année en cours).</translation>
        </message>
        <message>
            <source>YEAR</source>
            <extracomment>placeholder for a year in command-line help</extracomment>
            <translation>YEAR</translation>
        </message>
        <message>
            <source>funddesk status: %1</source>
            <translation>funddesk status : %1</translation>
        </message>
        <message>
            <source>Position at 31 December %1</source>
            <translation>Situation au 31 décembre %1</translation>
        </message>
        <message>
            <source>Demo fund</source>
            <translation>Fonds de démonstration</translation>
        </message>
        <message>
            <source>Open fund</source>
            <translation>Ouvrir un fonds</translation>
        </message>
        <message>
            <source>New fund</source>
            <translation>Nouveau fonds</translation>
        </message>
        <message>
            <source>FundDesk funds (*.funddesk)</source>
            <translation>Fonds FundDesk (*.funddesk)</translation>
        </message>
        <message>
            <source>“%1” already exists; a new fund never replaces a file. Choose another name.</source>
            <translation>« %1 » existe déjà ; un nouveau fonds ne remplace jamais un fichier. Choisissez un autre nom.</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>Sauvegarder</translation>
        </message>
        <message>
            <source>Open a fund first: there is nothing to back up.</source>
            <translation>Ouvrez d’abord un fonds : il n’y a rien à sauvegarder.</translation>
        </message>
        <message>
            <source>The fund was backed up to “%1”.</source>
            <translation>Le fonds a été sauvegardé dans « %1 ».</translation>
        </message>
        <message>
            <source>Verify the fund's hash-chained audit trail and name the first broken entry.</source>
            <translation>Vérifier la piste d’audit chaînée par empreintes du fonds et indiquer la première entrée rompue.</translation>
        </message>
        <message>
            <source>funddesk audit: %1</source>
            <translation>funddesk audit : %1</translation>
        </message>
        <message>
            <source>audit trail broken at entry %1: %2</source>
            <extracomment>%1 is the number of the first broken entry, %2 says what is wrong with it</extracomment>
            <translation>piste d’audit rompue à l’entrée %1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>audit trail intact: %n entries</source>
            <translation>
                <numerusform>piste d’audit intacte : %n entrée</numerusform>
                <numerusform>piste d’audit intacte : %n entrées</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: funddesk audit verify [--database PATH]</source>
            <translation>Utilisation : funddesk audit verify [--database PATH]</translation>
        </message>
        <message>
            <source>funddesk audit: unknown or missing action “%1”. Usage: funddesk audit verify [--database PATH]</source>
            <translation>funddesk audit : action « %1 » inconnue ou manquante. Utilisation : funddesk audit verify [--database PATH]</translation>
        </message>
        <message>
            <source>Propose the slate of sponsored delegates for a meeting, with its figures and reasons.</source>
            <translation>Proposer la liste des délégués parrainés pour une réunion, avec ses chiffres et ses motifs.</translation>
        </message>
        <message>
            <source>Verify the fund's audit trail: “audit verify” names the first broken entry.</source>
            <translation>Vérifier la piste d’audit du fonds : « audit verify » indique la première entrée rompue.</translation>
        </message>
        <message>
            <source>Propose the slate of sponsored delegates for a meeting, with its figures and the reason for every decision.</source>
            <translation>Proposer la liste des délégués parrainés pour une réunion, avec ses chiffres et le motif de chaque décision.</translation>
        </message>
        <message>
            <source>none</source>
            <extracomment>no reviewer score, in a table cell</extracomment>
            <translation>aucun</translation>
        </message>
        <message>
            <source>  %1 (%2, %3) — %4, score %5</source>
            <translation>  %1 (%2, %3) — %4, note %5</translation>
        </message>
        <message>
            <source>The meeting's reference, such as PM-2026-1.</source>
            <translation>La référence de la réunion, par exemple PM-2026-1.</translation>
        </message>
        <message>
            <source>REF</source>
            <extracomment>placeholder for a meeting reference in help</extracomment>
            <translation>REF</translation>
        </message>
        <message>
            <source>Seats to fill, from 1 to %1 (default: %2, the ¶20 small scale).</source>
            <translation>Places à pourvoir, de 1 à %1 (par défaut : %2, la petite échelle du ¶20).</translation>
        </message>
        <message>
            <source>The most the slate may cost, in USD.</source>
            <translation>Le coût maximal de la liste, en USD.</translation>
        </message>
        <message>
            <source>USD</source>
            <extracomment>placeholder for an amount in command-line help</extracomment>
            <translation>USD</translation>
        </message>
        <message>
            <source>funddesk slate: give the meeting with --meeting REF.</source>
            <translation>funddesk slate : indiquez la réunion avec --meeting REF.</translation>
        </message>
        <message>
            <source>funddesk slate: --seats takes a whole number from 1 to %1, not “%2”.</source>
            <translation>funddesk slate : --seats attend un nombre entier compris entre 1 et %1, et non « %2 ».</translation>
        </message>
        <message>
            <source>funddesk slate: --budget takes an amount in USD such as 120000 or 95000.50, not “%1”.</source>
            <translation>funddesk slate : --budget attend un montant en USD, par exemple 120000 ou 95000.50, et non « %1 ».</translation>
        </message>
        <message>
            <source>funddesk slate: %1</source>
            <translation>funddesk slate : %1</translation>
        </message>
        <message>
            <source>%1 — %2, %3, %4 to %5</source>
            <extracomment>%1 meeting reference, %2 its name, %3 city, %4 and %5 first and last day</extracomment>
            <translation>%1 — %2, %3, du %4 au %5</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Avertissement : %1</translation>
        </message>
        <message>
            <source>Proposed slate</source>
            <translation>Liste proposée</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Chiffres</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Non retenus</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Replace the fund “%1” with the backup “%2”? The current file is kept beside it.</source>
            <translation>Remplacer le fonds « %1 » par la sauvegarde « %2 » ? Le fichier actuel est conservé à côté.</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Manuel</translation>
        </message>
        <message>
            <source>The user manual was not found next to FundDesk.</source>
            <translation>Le manuel d’utilisation est introuvable à côté de FundDesk.</translation>
        </message>
        <message>
            <source>Print the dashboard's key figures for a year.</source>
            <translation>Afficher les chiffres clés du tableau de bord pour une année.</translation>
        </message>
        <message>
            <source>Write the table behind a dashboard chart as CSV.</source>
            <translation>Écrire au format CSV le tableau sous-jacent à un graphique du tableau de bord.</translation>
        </message>
        <message>
            <source>Record a pledge or a receipt: “contribution add”.</source>
            <translation>Enregistrer une annonce de contribution ou un encaissement : « contribution add ».</translation>
        </message>
        <message>
            <source>Add a donor: “donor add”.</source>
            <translation>Ajouter un donateur : « donor add ».</translation>
        </message>
        <message>
            <source>Move a sponsorship or an activity to its next status.</source>
            <translation>Faire passer un parrainage ou une activité au statut suivant.</translation>
        </message>
        <message>
            <source>Record a payment against an approved item, or a refund.</source>
            <translation>Enregistrer un paiement au titre d’un élément approuvé, ou un remboursement.</translation>
        </message>
        <message>
            <source>Close or reopen a year: “period close”, “period reopen”.</source>
            <translation>Clore ou rouvrir un exercice : « period close », « period reopen ».</translation>
        </message>
        <message>
            <source>Add or list the local profiles: “profile add”, “profile list”.</source>
            <translation>Ajouter des profils locaux ou en afficher la liste : « profile add », « profile list ».</translation>
        </message>
        <message>
            <source>Write an approval packet (PDF) for an item or a meeting's slate.</source>
            <translation>Écrire un dossier d’approbation (PDF) pour un élément ou pour la liste d’une réunion.</translation>
        </message>
        <message>
            <source>Write the annual report to donors (PDF): “report annual”.</source>
            <translation>Écrire le rapport annuel aux donateurs (PDF) : « report annual ».</translation>
        </message>
        <message>
            <source>Write the public contributions list of a year (HTML and CSV).</source>
            <translation>Écrire la liste publique des contributions d’une année (HTML et CSV).</translation>
        </message>
        <message>
            <source>Import donors, contributions or applications from a CSV file, all or nothing.</source>
            <translation>Importer des donateurs, des contributions ou des demandes à partir d’un fichier CSV, selon le principe du tout ou rien.</translation>
        </message>
        <message>
            <source>Export donors, contributions or applications to a CSV file.</source>
            <translation>Exporter des donateurs, des contributions ou des demandes vers un fichier CSV.</translation>
        </message>
        <message>
            <source>no donor has the number “%1”.</source>
            <translation>aucun donateur ne porte le numéro « %1 ».</translation>
        </message>
        <message>
            <source>no donor is named “%1”. Add it with “funddesk donor add”, or give a State's ISO3 code.</source>
            <translation>aucun donateur ne s’appelle « %1 ». Ajoutez-le avec « funddesk donor add », ou indiquez le code ISO3 d’un État.</translation>
        </message>
        <message>
            <source>Record a pledge or a receipt.</source>
            <translation>Enregistrer une annonce de contribution ou un encaissement.</translation>
        </message>
        <message>
            <source>The donor's name, or a State's ISO3 code.</source>
            <extracomment>placeholders in command-line help are in capitals</extracomment>
            <translation>Le nom du donateur, ou le code ISO3 d’un État.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>The donor's number.</source>
            <translation>Le numéro du donateur.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>pledge or receipt.</source>
            <translation>pledge (annonce de contribution) ou receipt (encaissement).</translation>
        </message>
        <message>
            <source>TYPE</source>
            <translation>TYPE</translation>
        </message>
        <message>
            <source>The amount in the contribution's currency, such as 123.45.</source>
            <translation>Le montant dans la devise de la contribution, par exemple 123.45.</translation>
        </message>
        <message>
            <source>AMOUNT</source>
            <extracomment>placeholders in command-line help are in capitals</extracomment>
            <translation>AMOUNT</translation>
        </message>
        <message>
            <source>The ISO 4217 code, such as EUR.</source>
            <translation>Le code ISO 4217, par exemple EUR.</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>CODE</translation>
        </message>
        <message>
            <source>USD per unit of the currency on the day (required unless USD).</source>
            <translation>Nombre d’USD pour une unité de la devise ce jour-là (obligatoire sauf si la devise est USD).</translation>
        </message>
        <message>
            <source>RATE</source>
            <translation>RATE</translation>
        </message>
        <message>
            <source>The date, YYYY-MM-DD.</source>
            <translation>La date, au format AAAA-MM-JJ.</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATE</translation>
        </message>
        <message>
            <source>The donor's or bank's reference.</source>
            <translation>La référence du donateur ou de la banque.</translation>
        </message>
        <message>
            <source>The profile recorded in the audit trail (name or number).</source>
            <translation>Le profil consigné dans la piste d’audit (nom ou numéro).</translation>
        </message>
        <message>
            <source>PROFILE</source>
            <translation>PROFILE</translation>
        </message>
        <message>
            <source>give the donor with --donor NAME or --donor-id ID.</source>
            <translation>indiquez le donateur avec --donor NAME ou --donor-id ID.</translation>
        </message>
        <message>
            <source>--type takes pledge or receipt, not “%1”.</source>
            <translation>--type attend pledge ou receipt, et non « %1 ».</translation>
        </message>
        <message>
            <source>give the currency with --currency CODE.</source>
            <translation>indiquez la devise avec --currency CODE.</translation>
        </message>
        <message>
            <source>--amount: %1</source>
            <translation>--amount : %1</translation>
        </message>
        <message>
            <source>--usd-rate: %1</source>
            <translation>--usd-rate : %1</translation>
        </message>
        <message>
            <source>give the USD rate of %1 on the day with --usd-rate RATE.</source>
            <translation>indiquez le taux en USD de %1 ce jour-là avec --usd-rate RATE.</translation>
        </message>
        <message>
            <source>--date takes a date as YYYY-MM-DD, not “%1”.</source>
            <translation>--date attend une date au format AAAA-MM-JJ, et non « %1 ».</translation>
        </message>
        <message>
            <source>recorded contribution %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is the record's number</extracomment>
            <translation>contribution %1 enregistrée</translation>
        </message>
        <message>
            <source>Usage: funddesk contribution add --donor NAME --type pledge|receipt --amount AMOUNT --currency CODE [--usd-rate RATE] --date DATE [--reference REF] [--database PATH]</source>
            <translation>Utilisation : funddesk contribution add --donor NAME --type pledge|receipt --amount AMOUNT --currency CODE [--usd-rate RATE] --date DATE [--reference REF] [--database PATH]</translation>
        </message>
        <message>
            <source>unknown or missing action “%1”; “funddesk contribution add --help” lists the options.</source>
            <translation>action « %1 » inconnue ou manquante ; « funddesk contribution add --help » affiche les options.</translation>
        </message>
        <message>
            <source>funddesk %1: --year takes a year such as %2, not “%3”.</source>
            <extracomment>%1 is the command, %2 an example year, %3 what was typed</extracomment>
            <translation>funddesk %1 : --year attend une année, par exemple %2, et non « %3 ».</translation>
        </message>
        <message>
            <source>funddesk dashboard: %1</source>
            <translation>funddesk dashboard : %1</translation>
        </message>
        <message>
            <source>Write the table behind a dashboard chart as CSV.

Charts:
%1</source>
            <extracomment>%1 is the list of chart names with what each shows</extracomment>
            <translation>Écrire au format CSV le tableau sous-jacent à un graphique du tableau de bord.

Graphiques :
%1</translation>
        </message>
        <message>
            <source>The CSV file to write.</source>
            <translation>Le fichier CSV à écrire.</translation>
        </message>
        <message>
            <source>FILE.csv</source>
            <extracomment>placeholder for a file name in command-line help</extracomment>
            <translation>FILE.csv</translation>
        </message>
        <message>
            <source>funddesk chart: name one chart, such as spending-by-region. “funddesk chart --help” lists them.</source>
            <translation>funddesk chart : indiquez un graphique, par exemple spending-by-region. « funddesk chart --help » en donne la liste.</translation>
        </message>
        <message>
            <source>funddesk chart: there is no chart “%1”. These are:
%2</source>
            <extracomment>%1 is what was typed</extracomment>
            <translation>funddesk chart : il n’existe pas de graphique « %1 ». Les graphiques disponibles sont les suivants :
%2</translation>
        </message>
        <message>
            <source>funddesk chart: give the file to write with --output FILE.csv.</source>
            <translation>funddesk chart : indiquez le fichier à écrire avec --output FILE.csv.</translation>
        </message>
        <message>
            <source>funddesk chart: %1</source>
            <translation>funddesk chart : %1</translation>
        </message>
        <message>
            <source>Wrote “%1” to %2.</source>
            <extracomment>%1 is a table's title, %2 a file path</extracomment>
            <translation>Tableau « %1 » écrit dans %2.</translation>
        </message>
        <message>
            <source>Size of the fund: 1 is the demo fund; N above 1 is N times the medium scale of the report (¶20) over ten years, for measuring FundDesk at volume.</source>
            <translation>Taille du fonds : 1 correspond au fonds de démonstration ; une valeur N supérieure à 1 correspond à N fois l’échelle moyenne du rapport (¶20) sur dix ans, pour mesurer les performances de FundDesk sur de gros volumes.</translation>
        </message>
        <message>
            <source>funddesk demo: --scale takes a whole number from 1 to 1000, not “%1”.</source>
            <translation>funddesk demo : --scale attend un nombre entier compris entre 1 et 1000, et non « %1 ».</translation>
        </message>
        <message>
            <source>Record a payment against an approved item, or a refund of one.</source>
            <translation>Enregistrer un paiement au titre d’un élément approuvé, ou le remboursement d’un tel paiement.</translation>
        </message>
        <message>
            <source>The activity's reference (CB-2026-014), or activity:N or sponsorship:N.</source>
            <translation>La référence de l’activité (CB-2026-014), ou activity:N ou sponsorship:N.</translation>
        </message>
        <message>
            <source>The amount paid, such as 1250.00.</source>
            <translation>Le montant versé, par exemple 1250.00.</translation>
        </message>
        <message>
            <source>Who was paid.</source>
            <translation>Le bénéficiaire du paiement.</translation>
        </message>
        <message>
            <source>The payment's reference.</source>
            <translation>La référence du paiement.</translation>
        </message>
        <message>
            <source>Record a refund of earlier payments.</source>
            <translation>Enregistrer un remboursement de paiements antérieurs.</translation>
        </message>
        <message>
            <source>Why the money was refunded.</source>
            <translation>Le motif du remboursement.</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>The acting profile (name or number).</source>
            <translation>Le profil qui effectue l’opération (nom ou numéro).</translation>
        </message>
        <message>
            <source>give the item with --item REF.</source>
            <translation>indiquez l’élément avec --item REF.</translation>
        </message>
        <message>
            <source>give the acting profile with --as PROFILE.</source>
            <translation>indiquez le profil qui effectue l’opération avec --as PROFILE.</translation>
        </message>
        <message>
            <source>recorded refund %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is the record's number</extracomment>
            <translation>remboursement %1 enregistré</translation>
        </message>
        <message>
            <source>recorded disbursement %1</source>
            <translation>décaissement %1 enregistré</translation>
        </message>
        <message>
            <source>The file (or, for publish, the folder) to write.</source>
            <translation>Le fichier (ou, pour publish, le dossier) à écrire.</translation>
        </message>
        <message>
            <source>The document's language: ar, zh, en, fr, ru or es (default: en).</source>
            <translation>La langue du document : ar, zh, en, fr, ru ou es (par défaut : en).</translation>
        </message>
        <message>
            <source>LANG</source>
            <extracomment>placeholder for a language code in command-line help</extracomment>
            <translation>LANG</translation>
        </message>
        <message>
            <source>The paper: a4 or letter (default: a4).</source>
            <translation>Le format de papier : a4 ou letter (par défaut : a4).</translation>
        </message>
        <message>
            <source>PAPER</source>
            <extracomment>placeholder for a paper size in help</extracomment>
            <translation>PAPER</translation>
        </message>
        <message>
            <source>funddesk %1: documents need the graphical libraries; run it as “funddesk %1 …”.</source>
            <translation>funddesk %1 : les documents nécessitent les bibliothèques graphiques ; exécutez la commande sous la forme « funddesk %1 … ».</translation>
        </message>
        <message>
            <source>funddesk %1: say where to write with --output PATH.</source>
            <translation>funddesk %1 : indiquez où écrire avec --output PATH.</translation>
        </message>
        <message>
            <source>funddesk %1: --lang takes ar, zh, en, fr, ru or es, not “%2”.</source>
            <translation>funddesk %1 : --lang attend ar, zh, en, fr, ru ou es, et non « %2 ».</translation>
        </message>
        <message>
            <source>funddesk %1: --paper takes a4 or letter, not “%2”.</source>
            <translation>funddesk %1 : --paper attend a4 ou letter, et non « %2 ».</translation>
        </message>
        <message>
            <source>Wrote %1 (record SHA-256 %2).</source>
            <translation>Fichier %1 écrit (SHA-256 de l’enregistrement : %2).</translation>
        </message>
        <message>
            <source>Write the approval packet of an item, or of a meeting's slate, as a PDF for the High Representative's signature.</source>
            <translation>Écrire en PDF le dossier d’approbation d’un élément, ou de la liste d’une réunion, à soumettre à la signature de la Haute-Représentante.</translation>
        </message>
        <message>
            <source>The item: an activity's reference or SP-&lt;number&gt;.</source>
            <translation>L’élément : la référence d’une activité ou SP-&lt;number&gt;.</translation>
        </message>
        <message>
            <source>The meeting whose slate to put in one packet.</source>
            <translation>La réunion dont la liste doit être réunie en un seul dossier.</translation>
        </message>
        <message>
            <source>funddesk packet: give either --item REF or --meeting REF.</source>
            <translation>funddesk packet : indiquez soit --item REF, soit --meeting REF.</translation>
        </message>
        <message>
            <source>Write a report: “report annual” writes the annual report to donors (¶27) as a PDF.</source>
            <translation>Écrire un rapport : « report annual » écrit en PDF le rapport annuel aux donateurs (¶27).</translation>
        </message>
        <message>
            <source>The year reported on.</source>
            <translation>L’année sur laquelle porte le rapport.</translation>
        </message>
        <message>
            <source>funddesk report: say which report: “funddesk report annual --year YEAR --output FILE.pdf”.</source>
            <translation>funddesk report : indiquez le rapport voulu : « funddesk report annual --year YEAR --output FILE.pdf ».</translation>
        </message>
        <message>
            <source>Write the public contributions list of a year (¶17) as an HTML page and a CSV file.</source>
            <translation>Écrire la liste publique des contributions d’une année (¶17) sous la forme d’une page HTML et d’un fichier CSV.</translation>
        </message>
        <message>
            <source>The year to publish.</source>
            <translation>L’année à publier.</translation>
        </message>
        <message>
            <source>funddesk publish: %1</source>
            <translation>funddesk publish : %1</translation>
        </message>
        <message>
            <source>Wrote %1.</source>
            <translation>Fichier %1 écrit.</translation>
        </message>
        <message>
            <source>Add a donor.</source>
            <translation>Ajouter un donateur.</translation>
        </message>
        <message>
            <source>The donor's name (for a State, the reference name is used).</source>
            <translation>Le nom du donateur (pour un État, le nom de référence est utilisé).</translation>
        </message>
        <message>
            <source>One of: %1.</source>
            <extracomment>%1 lists the kinds</extracomment>
            <translation>L’une des valeurs suivantes : %1.</translation>
        </message>
        <message>
            <source>KIND</source>
            <extracomment>placeholder for a kind of records in help</extracomment>
            <translation>KIND</translation>
        </message>
        <message>
            <source>ISO3 code: the State itself, or the seat of another donor.</source>
            <translation>Code ISO3 : l’État lui-même ou, pour un autre donateur, le pays de son siège.</translation>
        </message>
        <message>
            <source>ISO3</source>
            <translation>ISO3</translation>
        </message>
        <message>
            <source>The UN's due diligence has cleared the donor (¶14).</source>
            <translation>Le donateur a été validé par la procédure de diligence raisonnable de l’ONU (¶14).</translation>
        </message>
        <message>
            <source>--kind takes one of %1, not “%2”.</source>
            <translation>--kind attend l’une des valeurs %1, et non « %2 ».</translation>
        </message>
        <message>
            <source>added donor %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is the record's number</extracomment>
            <translation>donateur %1 ajouté</translation>
        </message>
        <message>
            <source>Usage: funddesk donor add --name NAME --kind KIND [--country ISO3] [--cleared] [--database PATH]</source>
            <translation>Utilisation : funddesk donor add --name NAME --kind KIND [--country ISO3] [--cleared] [--database PATH]</translation>
        </message>
        <message>
            <source>unknown or missing action “%1”; “funddesk donor add --help” lists the options.</source>
            <translation>action « %1 » inconnue ou manquante ; « funddesk donor add --help » affiche les options.</translation>
        </message>
        <message>
            <source>Export records to a CSV file that “funddesk import” reads back: KIND --output FILE.csv, KIND one of %1.</source>
            <translation>Exporter des enregistrements vers un fichier CSV que « funddesk import » peut relire : KIND --output FILE.csv, où KIND est l’une des valeurs %1.</translation>
        </message>
        <message>
            <source>funddesk export: give the kind and the file: funddesk export KIND --output FILE.csv; KIND is one of %1.</source>
            <translation>funddesk export : indiquez la catégorie et le fichier : funddesk export KIND --output FILE.csv ; KIND est l’une des valeurs %1.</translation>
        </message>
        <message>
            <source>funddesk export: %1</source>
            <translation>funddesk export : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) exported to %1.</source>
            <extracomment>%n is the number of records, %1 a file path</extracomment>
            <translation>
                <numerusform>%n enregistrement exporté vers %1.</numerusform>
                <numerusform>%n enregistrements exportés vers %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>funddesk import: %1</source>
            <translation>funddesk import : %1</translation>
        </message>
        <message>
            <source>funddesk import: write a template with --template KIND --output FILE.csv; KIND is one of %1.</source>
            <translation>funddesk import : écrivez un modèle avec --template KIND --output FILE.csv ; KIND est l’une des valeurs %1.</translation>
        </message>
        <message>
            <source>“%1” could not be written. Check that the folder exists and that you may write to it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>« %1 » n’a pas pu être écrit. Vérifiez que le dossier existe et que vous avez le droit d’y écrire.</translation>
        </message>
        <message>
            <source>Template written to %1.</source>
            <translation>Modèle écrit dans %1.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <extracomment>%1 is a line number of the CSV file, %2 the problem</extracomment>
            <translation>Ligne %1 : %2</translation>
        </message>
        <message>
            <source>Line %1, column %2: %3</source>
            <extracomment>%1 is a line number of the CSV file, %2 a column name, %3 the problem</extracomment>
            <translation>Ligne %1, colonne %2 : %3</translation>
        </message>
        <message>
            <source>Import records from a CSV file, all or nothing: KIND FILE.csv, KIND one of %1.</source>
            <translation>Importer des enregistrements à partir d’un fichier CSV, selon le principe du tout ou rien : KIND FILE.csv, où KIND est l’une des valeurs %1.</translation>
        </message>
        <message>
            <source>Check the file and print its problems; write nothing.</source>
            <translation>Vérifier le fichier et afficher ses problèmes, sans rien écrire.</translation>
        </message>
        <message>
            <source>Confirm that no receipt's conditions restrict its use to specific activities (no earmarking, ¶19).</source>
            <translation>Confirmer qu’aucune des conditions dont sont assortis les encaissements ne limite leur utilisation à des activités déterminées (pas de préaffectation, ¶19).</translation>
        </message>
        <message>
            <source>Write an empty file of that kind instead.</source>
            <translation>Écrire à la place un fichier vide de cette catégorie.</translation>
        </message>
        <message>
            <source>Where --template writes.</source>
            <translation>L’emplacement où --template écrit.</translation>
        </message>
        <message>
            <source>funddesk import: give the kind and the file: funddesk import KIND FILE.csv; KIND is one of %1.</source>
            <translation>funddesk import : indiquez la catégorie et le fichier : funddesk import KIND FILE.csv ; KIND est l’une des valeurs %1.</translation>
        </message>
        <message>
            <source>“%1” could not be opened. Check its name and that you may read it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>« %1 » n’a pas pu être ouvert. Vérifiez son nom et que vous avez le droit de le lire.</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found; nothing was imported.</source>
            <extracomment>%n is the number of problems</extracomment>
            <translation>
                <numerusform>%n problème détecté ; rien n’a été importé.</numerusform>
                <numerusform>%n problèmes détectés ; rien n’a été importé.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) checked: the file can be imported. Nothing was written (--dry-run).</source>
            <extracomment>%n is the number of rows</extracomment>
            <translation>
                <numerusform>%n ligne vérifiée : le fichier peut être importé. Rien n’a été écrit (--dry-run).</numerusform>
                <numerusform>%n lignes vérifiées : le fichier peut être importé. Rien n’a été écrit (--dry-run).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) imported into %1.</source>
            <extracomment>%n is the number of records, %1 a file path</extracomment>
            <translation>
                <numerusform>%n enregistrement importé dans %1.</numerusform>
                <numerusform>%n enregistrements importés dans %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: funddesk period close|reopen --year YEAR [--reason TEXT] --as PROFILE [--database PATH]</source>
            <translation>Utilisation : funddesk period close|reopen --year YEAR [--reason TEXT] --as PROFILE [--database PATH]</translation>
        </message>
        <message>
            <source>unknown or missing action “%1”; use close or reopen.</source>
            <translation>action « %1 » inconnue ou manquante ; utilisez close ou reopen.</translation>
        </message>
        <message>
            <source>Close a year: its records can no longer change.</source>
            <translation>Clore un exercice : ses données ne peuvent plus être modifiées.</translation>
        </message>
        <message>
            <source>Reopen a closed year, with the reason.</source>
            <translation>Rouvrir un exercice clos, en indiquant le motif.</translation>
        </message>
        <message>
            <source>The year, such as 2025.</source>
            <translation>L’exercice, par exemple 2025.</translation>
        </message>
        <message>
            <source>Why the year is reopened (required).</source>
            <translation>Le motif de la réouverture de l’exercice (obligatoire).</translation>
        </message>
        <message>
            <source>--year takes a year such as 2025, not “%1”.</source>
            <translation>--year attend une année, par exemple 2025, et non « %1 ».</translation>
        </message>
        <message>
            <source>closed %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is a year</extracomment>
            <translation>exercice %1 clos</translation>
        </message>
        <message>
            <source>reopened %1</source>
            <translation>exercice %1 rouvert</translation>
        </message>
        <message>
            <source>Add a local profile (¶15, ¶18).</source>
            <translation>Ajouter un profil local (¶15, ¶18).</translation>
        </message>
        <message>
            <source>The person's name.</source>
            <translation>Le nom de la personne.</translation>
        </message>
        <message>
            <source>fund-manager, finance-assistant or hr-office (the High Representative's office).</source>
            <translation>fund-manager (gestionnaire du fonds), finance-assistant (assistant(e) aux finances) ou hr-office (Bureau de la Haute-Représentante).</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>ROLE</translation>
        </message>
        <message>
            <source>--role takes fund-manager, finance-assistant or hr-office, not “%1”.</source>
            <translation>--role attend fund-manager, finance-assistant ou hr-office, et non « %1 ».</translation>
        </message>
        <message>
            <source>added profile %1</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 is the record's number</extracomment>
            <translation>profil %1 ajouté</translation>
        </message>
        <message>
            <source>List the local profiles: number, role, name.</source>
            <translation>Afficher la liste des profils locaux : numéro, rôle, nom.</translation>
        </message>
        <message>
            <source>Usage: funddesk profile add --name NAME --role ROLE | funddesk profile list [--database PATH]</source>
            <translation>Utilisation : funddesk profile add --name NAME --role ROLE | funddesk profile list [--database PATH]</translation>
        </message>
        <message>
            <source>unknown or missing action “%1”; use add or list.</source>
            <translation>action « %1 » inconnue ou manquante ; utilisez add ou list.</translation>
        </message>
        <message>
            <source>Move a sponsorship or an activity to its next status (¶18), with who and why.</source>
            <translation>Faire passer un parrainage ou une activité au statut suivant (¶18), en indiquant qui agit et pourquoi.</translation>
        </message>
        <message>
            <source>The new status, such as submitted, eligible, under-review, recommended, approved.</source>
            <translation>Le nouveau statut, par exemple submitted, eligible, under-review, recommended, approved.</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>STATUS</translation>
        </message>
        <message>
            <source>Why: required for recommendations and decisions.</source>
            <translation>Le motif : obligatoire pour les recommandations et les décisions.</translation>
        </message>
        <message>
            <source>The approved amount in USD (default: what was requested).</source>
            <translation>Le montant approuvé en USD (par défaut : le montant demandé).</translation>
        </message>
        <message>
            <source>--to takes a status such as submitted or approved, not “%1”.</source>
            <translation>--to attend un statut, par exemple submitted ou approved, et non « %1 ».</translation>
        </message>
        <message>
            <source>moved %1 to %2</source>
            <extracomment>acknowledgement of a write, printed after it is on disk; %1 the item, %2 a status key</extracomment>
            <translation>%1 : passage au statut %2</translation>
        </message>
        <message>
            <source>unexpected argument “%1”.</source>
            <translation>argument inattendu « %1 ».</translation>
        </message>
        <message>
            <source>funddesk: %1</source>
            <translation>funddesk : %1</translation>
        </message>
        <message>
            <source>funddesk %1: the disk is full, so nothing was saved and the fund is unchanged. Free some space and try again.</source>
            <translation>funddesk %1 : le disque est plein ; rien n’a donc été enregistré et le fonds est inchangé. Libérez de l’espace et réessayez.</translation>
        </message>
        <message>
            <source>no profile is named “%1”. “funddesk profile list” shows them; “funddesk profile add” adds one.</source>
            <translation>aucun profil ne s’appelle « %1 ». « funddesk profile list » affiche les profils ; « funddesk profile add » permet d’en ajouter un.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) imported.</source>
            <extracomment>%n is the number of records imported from a CSV file</extracomment>
            <translation>
                <numerusform>%n enregistrement importé.</numerusform>
                <numerusform>%n enregistrements importés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Backing up the fund to “%1”…</source>
            <translation>Sauvegarde du fonds dans « %1 »…</translation>
        </message>
        <message>
            <source>Restoring the fund from “%1”…</source>
            <translation>Restauration du fonds à partir de « %1 »…</translation>
        </message>
        <message>
            <source>Backing up the fund before closing…</source>
            <translation>Sauvegarde du fonds avant la fermeture…</translation>
        </message>
    </context>
    <context>
        <name>FundDesk::Core</name>
        <message>
            <source>Entry %1 of the audit trail is missing: it was deleted.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>L’entrée %1 de la piste d’audit est manquante : elle a été supprimée.</translation>
        </message>
        <message>
            <source>Entry %1 of the audit trail does not follow the entry before it: an entry was inserted or removed there.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>L’entrée %1 de la piste d’audit ne fait pas suite à l’entrée précédente : une entrée a été insérée ou supprimée à cet endroit.</translation>
        </message>
        <message>
            <source>Entry %1 of the audit trail does not match its hash: it was changed after it was written.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>L’entrée %1 de la piste d’audit ne correspond pas à son empreinte : elle a été modifiée après son écriture.</translation>
        </message>
        <message>
            <source>Entry %1 of the audit trail was not written by FundDesk: it was added to the trail afterwards.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>L’entrée %1 de la piste d’audit n’a pas été écrite par FundDesk : elle a été ajoutée à la piste après coup.</translation>
        </message>
        <message>
            <source>The backup “%1” does not exist.</source>
            <translation>La sauvegarde « %1 » n’existe pas.</translation>
        </message>
        <message>
            <source>The backup and the fund are the same file; choose a backup.</source>
            <translation>La sauvegarde et le fonds sont le même fichier ; choisissez une sauvegarde.</translation>
        </message>
        <message>
            <source>The folder “%1” could not be created.</source>
            <translation>Le dossier « %1 » n’a pas pu être créé.</translation>
        </message>
        <message>
            <source>The backup could not be copied next to the fund. Check that the disk has room; nothing was replaced.</source>
            <translation>La sauvegarde n’a pas pu être copiée à côté du fonds. Vérifiez que le disque dispose d’espace libre ; rien n’a été remplacé.</translation>
        </message>
        <message>
            <source>The current fund file could not be set aside; nothing was replaced.</source>
            <translation>Le fichier actuel du fonds n’a pas pu être mis de côté ; rien n’a été remplacé.</translation>
        </message>
        <message>
            <source>The backup could not be put in place; the fund was left as it was.</source>
            <translation>La sauvegarde n’a pas pu être mise en place ; le fonds est resté inchangé.</translation>
        </message>
        <message>
            <source>A backup cannot replace the fund's own database. Choose another file name.</source>
            <translation>Une sauvegarde ne peut pas remplacer la base de données du fonds lui-même. Choisissez un autre nom de fichier.</translation>
        </message>
        <message>
            <source>The backup “%1” could not be written. Check that the folder is writable and the disk has room.</source>
            <translation>La sauvegarde « %1 » n’a pas pu être écrite. Vérifiez que le dossier est accessible en écriture et que le disque dispose d’espace libre.</translation>
        </message>
        <message>
            <source>The backup could not be saved as “%1”. Choose another file name.</source>
            <translation>La sauvegarde n’a pas pu être enregistrée sous « %1 ». Choisissez un autre nom de fichier.</translation>
        </message>
        <message>
            <source>“%1” is not a FundDesk database. Choose the fund's .funddesk file, or create a new fund.</source>
            <translation>« %1 » n’est pas une base de données FundDesk. Choisissez le fichier .funddesk du fonds, ou créez un nouveau fonds.</translation>
        </message>
        <message>
            <source>The fund's database “%1” could not be opened: check that the file exists and that you may read it.</source>
            <translation>La base de données du fonds « %1 » n’a pas pu être ouverte : vérifiez que le fichier existe et que vous avez le droit de le lire.</translation>
        </message>
        <message>
            <source>The fund's database “%1” is damaged and was not changed. Restore it from a backup (File ▸ Restore…).</source>
            <translation>La base de données du fonds « %1 » est endommagée et n’a pas été modifiée. Restaurez-la à partir d’une sauvegarde (Fichier ▸ Restaurer…).</translation>
        </message>
        <message>
            <source>“%1” was written by a newer FundDesk (data version %2); this FundDesk reads data versions up to %3. The file was not changed: update FundDesk to open it.</source>
            <translation>« %1 » a été écrit par une version plus récente de FundDesk (version des données %2) ; cette version de FundDesk lit les versions de données jusqu’à %3. Le fichier n’a pas été modifié : mettez FundDesk à jour pour l’ouvrir.</translation>
        </message>
        <message>
            <source>The folder “%1” could not be created. Choose another place for the fund's database.</source>
            <translation>Le dossier « %1 » n’a pas pu être créé. Choisissez un autre emplacement pour la base de données du fonds.</translation>
        </message>
        <message>
            <source>The file “%1” could not be created. Check that the folder is writable and the disk is not full.</source>
            <translation>Le fichier « %1 » n’a pas pu être créé. Vérifiez que le dossier est accessible en écriture et que le disque n’est pas plein.</translation>
        </message>
        <message>
            <source>The fund's database “%1” does not exist.</source>
            <translation>La base de données du fonds « %1 » n’existe pas.</translation>
        </message>
        <message>
            <source>The fund's database “%1” could not be opened: check that the file exists and that you may read and write it.</source>
            <translation>La base de données du fonds « %1 » n’a pas pu être ouverte : vérifiez que le fichier existe et que vous avez le droit de le lire et de le modifier.</translation>
        </message>
        <message>
            <source>Before upgrading the fund's data, FundDesk could not keep a copy at “%1”, so nothing was changed. Free some disk space and try again.</source>
            <translation>Avant de mettre à niveau les données du fonds, FundDesk n’a pas pu en conserver une copie à l’emplacement « %1 » ; rien n’a donc été modifié. Libérez de l’espace disque et réessayez.</translation>
        </message>
        <message>
            <source>This fund's data was written by a newer FundDesk (data version %1); this FundDesk reads data versions up to %2. The file was not changed: update FundDesk to open it.</source>
            <translation>Les données de ce fonds ont été écrites par une version plus récente de FundDesk (version des données %1) ; cette version de FundDesk lit les versions de données jusqu’à %2. Le fichier n’a pas été modifié : mettez FundDesk à jour pour l’ouvrir.</translation>
        </message>
        <message>
            <source>The fund's database could not be read or written. Your last change was not saved; try again, and if it keeps failing run “funddesk check”.</source>
            <translation>La base de données du fonds n’a pas pu être lue ou écrite. Votre dernière modification n’a pas été enregistrée ; réessayez et, si l’échec persiste, exécutez « funddesk check ».</translation>
        </message>
        <message>
            <source>The amount requested (USD %1) is below the fund's minimum funding floor for an activity (USD %2), so the application can be neither recommended nor approved. The floor keeps activities large enough to be of quality and sustainable (¶23).</source>
            <extracomment>%1 is the amount requested, %2 the fund's minimum, both as "USD 1234.56"</extracomment>
            <translation>Le montant demandé (%1 USD) est inférieur au montant minimal de financement d’une activité fixé par le fonds (%2 USD) ; la demande ne peut donc être ni recommandée ni approuvée. Ce seuil garantit que les activités sont d’une ampleur suffisante pour être de qualité et viables (¶23).</translation>
        </message>
        <message>
            <source>Non-governmental entity</source>
            <extracomment>kind of implementing partner of an activity</extracomment>
            <translation>Entité non gouvernementale</translation>
        </message>
        <message>
            <source>United Nations entity</source>
            <extracomment>kind of implementing partner of an activity</extracomment>
            <translation>Entité des Nations Unies</translation>
        </message>
        <message>
            <source>International or regional organization</source>
            <extracomment>kind of implementing partner of an activity</extracomment>
            <translation>Organisation internationale ou régionale</translation>
        </message>
        <message>
            <source>Academic institution</source>
            <extracomment>kind of implementing partner of an activity</extracomment>
            <translation>Établissement universitaire</translation>
        </message>
        <message>
            <source>Private sector</source>
            <extracomment>kind of implementing partner of an activity
----------
Kind of donor: a company</extracomment>
            <translation>Secteur privé</translation>
        </message>
        <message>
            <source>Draft</source>
            <extracomment>status of an application</extracomment>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Submitted</source>
            <extracomment>status of an application</extracomment>
            <translation>Soumise</translation>
        </message>
        <message>
            <source>Screened: eligible</source>
            <extracomment>status of an application: screened and found eligible</extracomment>
            <translation>Examinée : recevable</translation>
        </message>
        <message>
            <source>Screened: ineligible</source>
            <extracomment>status of an application: screened and found ineligible</extracomment>
            <translation>Examinée : irrecevable</translation>
        </message>
        <message>
            <source>Under review</source>
            <extracomment>status of an application</extracomment>
            <translation>En cours d’examen</translation>
        </message>
        <message>
            <source>Recommended</source>
            <extracomment>status of an application: recommended by the fund manager</extracomment>
            <translation>Recommandée</translation>
        </message>
        <message>
            <source>Not recommended</source>
            <extracomment>status of an application: not recommended by the fund manager</extracomment>
            <translation>Non recommandée</translation>
        </message>
        <message>
            <source>Approved</source>
            <extracomment>status of an application: approved by the High Representative</extracomment>
            <translation>Approuvée</translation>
        </message>
        <message>
            <source>Rejected</source>
            <extracomment>status of an application: rejected by the High Representative</extracomment>
            <translation>Rejetée</translation>
        </message>
        <message>
            <source>Active</source>
            <extracomment>status of an application: approved and under way</extracomment>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Completed</source>
            <extracomment>status of an application</extracomment>
            <translation>Terminée</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <extracomment>status of an application</extracomment>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>Supports</source>
            <extracomment>advice of the governance structure on an application</extracomment>
            <translation>Favorable</translation>
        </message>
        <message>
            <source>Supports with changes</source>
            <extracomment>advice of the governance structure on an application</extracomment>
            <translation>Favorable sous réserve de modifications</translation>
        </message>
        <message>
            <source>Does not support</source>
            <extracomment>advice of the governance structure on an application</extracomment>
            <translation>Défavorable</translation>
        </message>
        <message>
            <source>No view</source>
            <extracomment>advice of the governance structure on an application: it expressed no view</extracomment>
            <translation>Sans avis</translation>
        </message>
        <message>
            <source>Pledge</source>
            <extracomment>Type of contribution: money promised by a donor</extracomment>
            <translation>Annonce de contribution</translation>
        </message>
        <message>
            <source>Receipt</source>
            <extracomment>Type of contribution: money the fund has received</extracomment>
            <translation>Encaissement</translation>
        </message>
        <message>
            <source>Member State</source>
            <extracomment>Kind of donor: a Member State of the United Nations</extracomment>
            <translation>État Membre</translation>
        </message>
        <message>
            <source>Observer State</source>
            <extracomment>Kind of donor: a non-member observer State (Holy See, State of Palestine)</extracomment>
            <translation>État observateur</translation>
        </message>
        <message>
            <source>Intergovernmental or regional organization</source>
            <extracomment>Kind of donor</extracomment>
            <translation>Organisation intergouvernementale ou régionale</translation>
        </message>
        <message>
            <source>Philanthropic foundation</source>
            <extracomment>Kind of donor: a non-governmental philanthropic organization</extracomment>
            <translation>Fondation philanthropique</translation>
        </message>
        <message>
            <source>Other non-governmental entity</source>
            <extracomment>Kind of donor: an NGO, academia, an individual …</extracomment>
            <translation>Autre entité non gouvernementale</translation>
        </message>
        <message>
            <source>Not required</source>
            <extracomment>Due-diligence status of a donor: States and intergovernmental organizations</extracomment>
            <translation>Non requise</translation>
        </message>
        <message>
            <source>Pending</source>
            <extracomment>Due-diligence status of a donor: the UN clearance is not decided yet</extracomment>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Cleared</source>
            <extracomment>Due-diligence status of a donor: the UN cleared the donor's money</extracomment>
            <translation>Validée</translation>
        </message>
        <message>
            <source>Declined</source>
            <extracomment>Due-diligence status of a donor: the UN refused the donor's money</extracomment>
            <translation>Refusée</translation>
        </message>
        <message>
            <source>¶21(%1)</source>
            <extracomment>A paragraph of the Secretary-General's report and its sub-paragraph letter: ¶21(c)</extracomment>
            <translation>¶21(%1)</translation>
        </message>
        <message>
            <source>A capital-based government official working on cyber/ICT-security diplomacy, policy or related technical fields</source>
            <translation>Fonctionnaire en poste dans la capitale, travaillant dans les domaines de la diplomatie ou des politiques de cybersécurité ou de sécurité des TIC, ou dans des domaines techniques connexes</translation>
        </message>
        <message>
            <source>Direct experience of ICT-security matters in the current post, and the intention to contribute to the UN discussions</source>
            <translation>Expérience directe des questions de sécurité des TIC dans le poste actuel et intention de contribuer aux débats de l’ONU</translation>
        </message>
        <message>
            <source>Able to travel and attend during the sessions</source>
            <translation>Peut se déplacer et participer pendant les sessions</translation>
        </message>
        <message>
            <source>Attends all formal meetings of the sessions and the capacity-building activities held alongside them</source>
            <translation>Assiste à toutes les séances officielles des sessions et aux activités de renforcement des capacités organisées en marge de celles-ci</translation>
        </message>
        <message>
            <source>Willing to share a report on the experience with the fund manager</source>
            <translation>Disposé(e) à communiquer au gestionnaire du fonds un rapport sur son expérience</translation>
        </message>
        <message>
            <source>The exchange rate “%1” is not above zero. Enter how many US dollars one unit of the currency is worth, for example 0.0067.</source>
            <extracomment>%1 is the exchange rate typed</extracomment>
            <translation>Le taux de change « %1 » n’est pas supérieur à zéro. Indiquez combien de dollars des États-Unis vaut une unité de la devise, par exemple 0.0067.</translation>
        </message>
        <message>
            <source>The exchange rate is empty. Enter how many US dollars one unit of the currency is worth, for example 0.0067.</source>
            <translation>Le taux de change est vide. Indiquez combien de dollars des États-Unis vaut une unité de la devise, par exemple 0.0067.</translation>
        </message>
        <message>
            <source>The exchange rate “%1” is not a plain number. Use digits and a dot before the decimals, for example 0.0067.</source>
            <extracomment>%1 is the exchange rate typed</extracomment>
            <translation>Le taux de change « %1 » n’est pas un nombre simple. Utilisez des chiffres et un point avant les décimales, par exemple 0.0067.</translation>
        </message>
        <message numerus="yes">
            <source>The exchange rate “%1” has more than %n decimal place(s). Round it to %n decimal place(s).</source>
            <extracomment>%1 is the exchange rate typed</extracomment>
            <translation>
                <numerusform>Le taux de change « %1 » comporte plus de %n décimale. Arrondissez-le à %n décimale.</numerusform>
                <numerusform>Le taux de change « %1 » comporte plus de %n décimales. Arrondissez-le à %n décimales.</numerusform>
            </translation>
        </message>
        <message>
            <source>The exchange rate “%1” is too large. Check the number of digits.</source>
            <extracomment>%1 is the exchange rate typed</extracomment>
            <translation>Le taux de change « %1 » est trop élevé. Vérifiez le nombre de chiffres.</translation>
        </message>
        <message>
            <source>A stored exchange rate is not above zero. The record needs a valid rate.</source>
            <translation>Un taux de change enregistré n’est pas supérieur à zéro. L’enregistrement doit comporter un taux valide.</translation>
        </message>
        <message>
            <source>The amount is already in US dollars, so its exchange rate must be 1, not %1.</source>
            <extracomment>%1 is an exchange rate such as 0.98</extracomment>
            <translation>Le montant est déjà en dollars des États-Unis ; son taux de change doit donc être 1, et non %1.</translation>
        </message>
        <message>
            <source>%1 %2 is too large to convert to US dollars. Check the amount and the exchange rate.</source>
            <extracomment>%1 is an amount such as 1000, %2 its currency code such as JPY</extracomment>
            <translation>%1 %2 est un montant trop élevé pour être converti en dollars des États-Unis. Vérifiez le montant et le taux de change.</translation>
        </message>
        <message>
            <source>National strategies, laws and regulations</source>
            <extracomment>focus area (a) of capacity-building activities</extracomment>
            <translation>Stratégies, lois et réglementations nationales</translation>
        </message>
        <message>
            <source>National and regional positions on how international law applies to the use of ICTs</source>
            <extracomment>focus area (b) of capacity-building activities</extracomment>
            <translation>Positions nationales et régionales sur la manière dont le droit international s’applique à l’utilisation des TIC</translation>
        </message>
        <message>
            <source>ICT incident management and response, including computer emergency response teams</source>
            <extracomment>focus area (c) of capacity-building activities</extracomment>
            <translation>Gestion des incidents informatiques et intervention, y compris les équipes d’intervention en cas d’urgence informatique</translation>
        </message>
        <message>
            <source>Protection of critical infrastructure and critical information infrastructure</source>
            <extracomment>focus area (d) of capacity-building activities</extracomment>
            <translation>Protection des infrastructures critiques et des infrastructures d’information critiques</translation>
        </message>
        <message>
            <source>ICT-security awareness and education</source>
            <extracomment>focus area (e) of capacity-building activities</extracomment>
            <translation>Sensibilisation et éducation à la sécurité des TIC</translation>
        </message>
        <message>
            <source>Training and workforce development</source>
            <extracomment>focus area (f) of capacity-building activities</extracomment>
            <translation>Formation et développement des compétences de la main-d’œuvre</translation>
        </message>
        <message>
            <source>Implementation of the agreed norms of responsible State behaviour</source>
            <extracomment>focus area (g) of capacity-building activities</extracomment>
            <translation>Application des normes convenues de comportement responsable des États</translation>
        </message>
        <message>
            <source>Implementation of the global confidence-building measures</source>
            <extracomment>focus area (h) of capacity-building activities</extracomment>
            <translation>Mise en œuvre des mesures de confiance mondiales</translation>
        </message>
        <message>
            <source>Participation in the global intergovernmental Points of Contact directory</source>
            <extracomment>focus area (i) of capacity-building activities</extracomment>
            <translation>Participation au Répertoire mondial intergouvernemental des points de contact</translation>
        </message>
        <message>
            <source>Woman</source>
            <extracomment>Gender of a sponsorship applicant
----------
Reason a delegate is on the slate: gender parity (¶12, ¶22)</extracomment>
            <translation>Femme</translation>
        </message>
        <message>
            <source>Man</source>
            <extracomment>Gender of a sponsorship applicant</extracomment>
            <translation>Homme</translation>
        </message>
        <message>
            <source>Other or undisclosed</source>
            <extracomment>Gender of a sponsorship applicant: another gender, or not stated</extracomment>
            <translation>Autre ou non précisé</translation>
        </message>
        <message>
            <source>No currency is given. Choose a three-letter ISO 4217 code such as USD or EUR.</source>
            <translation>Aucune devise n’est indiquée. Choisissez un code ISO 4217 à trois lettres, par exemple USD ou EUR.</translation>
        </message>
        <message>
            <source>“%1” is not a known ISO 4217 currency code. Choose a three-letter code such as USD or EUR.</source>
            <extracomment>%1 is the currency code that was given, e.g. "USX"</extracomment>
            <translation>« %1 » n’est pas un code de devise ISO 4217 connu. Choisissez un code à trois lettres, par exemple USD ou EUR.</translation>
        </message>
        <message>
            <source>The amount is empty. Enter a number such as %1.</source>
            <extracomment>%1 is an example amount such as 1234.56</extracomment>
            <translation>Le montant est vide. Saisissez un nombre, par exemple %1.</translation>
        </message>
        <message>
            <source>The amount “%1” is not a plain number. Use digits, an optional minus sign and a dot before the decimals, without thousands separators, for example %2.</source>
            <extracomment>%1 is what the user typed, %2 an example amount such as 1234.56</extracomment>
            <translation>Le montant « %1 » n’est pas un nombre simple. Utilisez des chiffres, éventuellement un signe moins, et un point avant les décimales, sans séparateur de milliers, par exemple %2.</translation>
        </message>
        <message>
            <source>The amount “%1” has decimals, but %2 has no minor unit. Enter a whole number.</source>
            <extracomment>%1 is the amount typed, %2 a currency code such as JPY</extracomment>
            <translation>Le montant « %1 » comporte des décimales, mais %2 n’a pas de subdivision. Saisissez un nombre entier.</translation>
        </message>
        <message numerus="yes">
            <source>The amount “%1” has more than %n decimal place(s) for %2. Round it to %n decimal place(s).</source>
            <extracomment>%1 is the amount typed, %2 a currency code such as USD</extracomment>
            <translation>
                <numerusform>Le montant « %1 » comporte plus de %n décimale pour %2. Arrondissez-le à %n décimale.</numerusform>
                <numerusform>Le montant « %1 » comporte plus de %n décimales pour %2. Arrondissez-le à %n décimales.</numerusform>
            </translation>
        </message>
        <message>
            <source>The amount “%1” is too large to record in %2. Check the number of digits.</source>
            <extracomment>%1 is the amount typed, %2 a currency code</extracomment>
            <translation>Le montant « %1 » est trop élevé pour être enregistré en %2. Vérifiez le nombre de chiffres.</translation>
        </message>
        <message>
            <source>Cannot combine an amount in %1 with an amount in %2. Convert one of them to the other currency first.</source>
            <extracomment>%1 and %2 are currency codes such as USD and EUR</extracomment>
            <translation>Impossible de combiner un montant en %1 avec un montant en %2. Convertissez d’abord l’un des deux dans l’autre devise.</translation>
        </message>
        <message>
            <source>The result is too large to record in %1. Check the amounts involved.</source>
            <extracomment>%1 is a currency code</extracomment>
            <translation>Le résultat est trop élevé pour être enregistré en %1. Vérifiez les montants concernés.</translation>
        </message>
        <message>
            <source>There is nothing to split the amount into. Give at least one share.</source>
            <translation>Il n’y a rien entre quoi répartir le montant. Indiquez au moins une part.</translation>
        </message>
        <message>
            <source>A share of the split is negative (%1). Shares must be zero or more.</source>
            <extracomment>%1 is the negative share, e.g. -2</extracomment>
            <translation>Une part de la répartition est négative (%1). Les parts doivent être égales ou supérieures à zéro.</translation>
        </message>
        <message>
            <source>All shares of the split are zero. Give at least one share above zero.</source>
            <translation>Toutes les parts de la répartition sont nulles. Indiquez au moins une part supérieure à zéro.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <extracomment>%1 is the ISO currency code (USD), %2 the amount; reorder if your language puts the code after the amount</extracomment>
            <translation>%2 %1</translation>
        </message>
        <message>
            <source>The amount “%1” is not a number. Type it like %2.</source>
            <translation>Le montant « %1 » n’est pas un nombre. Saisissez-le comme ceci : %2.</translation>
        </message>
        <message>
            <source>Fund manager</source>
            <extracomment>role of a local profile (¶15: the project manager post)</extracomment>
            <translation>Gestionnaire du fonds</translation>
        </message>
        <message>
            <source>Finance assistant</source>
            <extracomment>role of a local profile (¶15: the General Service post)</extracomment>
            <translation>Assistant(e) aux finances</translation>
        </message>
        <message>
            <source>High Representative's office</source>
            <extracomment>role of a local profile: records the High Representative's final approvals (¶18)</extracomment>
            <translation>Bureau de la Haute-Représentante</translation>
        </message>
        <message>
            <source>Publish name and amount</source>
            <extracomment>Publication consent of a contribution (¶17): the donor's name and the amount</extracomment>
            <translation>Publier le nom et le montant</translation>
        </message>
        <message>
            <source>Publish as “anonymous donor”</source>
            <extracomment>Publication consent of a contribution (¶17): the amount, without the donor's name</extracomment>
            <translation>Publier sous la mention « donateur anonyme »</translation>
        </message>
        <message>
            <source>Do not publish</source>
            <extracomment>Publication consent of a contribution (¶17): not published at all</extracomment>
            <translation>Ne pas publier</translation>
        </message>
        <message>
            <source>Africa</source>
            <extracomment>Geographic region (UN M49)</extracomment>
            <translation>Afrique</translation>
        </message>
        <message>
            <source>Americas</source>
            <extracomment>Geographic region (UN M49): North, Central and South America and the Caribbean</extracomment>
            <translation>Amériques</translation>
        </message>
        <message>
            <source>Asia</source>
            <extracomment>Geographic region (UN M49)</extracomment>
            <translation>Asie</translation>
        </message>
        <message>
            <source>Europe</source>
            <extracomment>Geographic region (UN M49)</extracomment>
            <translation>Europe</translation>
        </message>
        <message>
            <source>Oceania</source>
            <extracomment>Geographic region (UN M49)</extracomment>
            <translation>Océanie</translation>
        </message>
        <message>
            <source>No regional group</source>
            <extracomment>A State in no UN regional group (the Holy See)</extracomment>
            <translation>Aucun groupe régional</translation>
        </message>
        <message>
            <source>African States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>États d’Afrique</translation>
        </message>
        <message>
            <source>Asia-Pacific States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>États d’Asie et du Pacifique</translation>
        </message>
        <message>
            <source>Eastern European States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>États d’Europe orientale</translation>
        </message>
        <message>
            <source>Latin American and Caribbean States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>États d’Amérique latine et des Caraïbes</translation>
        </message>
        <message>
            <source>Western European and other States</source>
            <extracomment>UN regional group; use the UN's official wording in this language</extracomment>
            <translation>États d’Europe occidentale et autres États</translation>
        </message>
        <message>
            <source>Least Developed Countries</source>
            <extracomment>UN category of countries; use the UN's official wording in this language</extracomment>
            <translation>Pays les moins avancés</translation>
        </message>
        <message>
            <source>Landlocked Developing Countries</source>
            <extracomment>UN category of countries; use the UN's official wording in this language</extracomment>
            <translation>Pays en développement sans littoral</translation>
        </message>
        <message>
            <source>Small Island Developing States</source>
            <extracomment>UN category of countries; use the UN's official wording in this language</extracomment>
            <translation>Petits États insulaires en développement</translation>
        </message>
        <message>
            <source>LDC</source>
            <extracomment>Abbreviation of "Least Developed Countries" as the UN writes it in this language</extracomment>
            <translation>PMA</translation>
        </message>
        <message>
            <source>LLDC</source>
            <extracomment>Abbreviation of "Landlocked Developing Countries" as the UN writes it in this language</extracomment>
            <translation>PDSL</translation>
        </message>
        <message>
            <source>SIDS</source>
            <extracomment>Abbreviation of "Small Island Developing States" as the UN writes it in this language</extracomment>
            <translation>PEID</translation>
        </message>
        <message>
            <source>Needs assessment</source>
            <extracomment>selection criterion (a) of activities</extracomment>
            <translation>Évaluation des besoins</translation>
        </message>
        <message>
            <source>Synergy and gap analysis</source>
            <extracomment>selection criterion (b) of activities</extracomment>
            <translation>Analyse des synergies et des lacunes</translation>
        </message>
        <message>
            <source>Geographic balance</source>
            <extracomment>selection criterion (c) of activities</extracomment>
            <translation>Équilibre géographique</translation>
        </message>
        <message>
            <source>Impact, sustainability and ownership</source>
            <extracomment>selection criterion (d) of activities</extracomment>
            <translation>Impact, viabilité et appropriation</translation>
        </message>
        <message>
            <source>Commitment to the working group</source>
            <extracomment>selection criterion (e) of activities</extracomment>
            <translation>Engagement envers le groupe de travail</translation>
        </message>
        <message>
            <source>Gender mainstreaming</source>
            <extracomment>selection criterion (f) of activities</extracomment>
            <translation>Prise en compte des questions de genre</translation>
        </message>
        <message>
            <source>The activity answers needs identified in a national or regional needs assessment.</source>
            <translation>L’activité répond à des besoins recensés dans une évaluation nationale ou régionale des besoins.</translation>
        </message>
        <message>
            <source>The application shows how the activity complements other capacity-building efforts and fills a gap they leave.</source>
            <translation>La demande montre en quoi l’activité complète d’autres efforts de renforcement des capacités et comble une lacune qu’ils laissent.</translation>
        </message>
        <message>
            <source>Funding the activity contributes to an equitable distribution of the fund's resources across regions.</source>
            <translation>Le financement de l’activité contribue à une répartition équitable des ressources du fonds entre les régions.</translation>
        </message>
        <message>
            <source>The activity has a lasting impact and is owned nationally or regionally beyond the fund's support.</source>
            <translation>L’activité a un impact durable et fait l’objet d’une appropriation nationale ou régionale au-delà de l’appui du fonds.</translation>
        </message>
        <message>
            <source>The activity supports the work of the open-ended working group and its follow-up process.</source>
            <translation>L’activité appuie les travaux du groupe de travail à composition non limitée et de son processus de suivi.</translation>
        </message>
        <message>
            <source>The activity mainstreams gender in its design, participation and results.</source>
            <translation>L’activité intègre les questions de genre dans sa conception, la participation et ses résultats.</translation>
        </message>
        <message>
            <source>Absent</source>
            <extracomment>point 0 of the 0–5 review scale</extracomment>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Very weak</source>
            <extracomment>point 1 of the 0–5 review scale</extracomment>
            <translation>Très faible</translation>
        </message>
        <message>
            <source>Weak</source>
            <extracomment>point 2 of the 0–5 review scale</extracomment>
            <translation>Faible</translation>
        </message>
        <message>
            <source>Adequate</source>
            <extracomment>point 3 of the 0–5 review scale</extracomment>
            <translation>Satisfaisant</translation>
        </message>
        <message>
            <source>Strong</source>
            <extracomment>point 4 of the 0–5 review scale</extracomment>
            <translation>Solide</translation>
        </message>
        <message>
            <source>Exemplary</source>
            <extracomment>point 5 of the 0–5 review scale</extracomment>
            <translation>Exemplaire</translation>
        </message>
        <message>
            <source>The application does not address the criterion at all.</source>
            <translation>La demande ne traite pas du tout le critère.</translation>
        </message>
        <message>
            <source>The criterion is mentioned, but without substance or evidence.</source>
            <translation>Le critère est mentionné, mais sans contenu ni éléments probants.</translation>
        </message>
        <message>
            <source>The criterion is addressed in part; important gaps or weaknesses remain.</source>
            <translation>Le critère est traité en partie ; d’importantes lacunes ou faiblesses subsistent.</translation>
        </message>
        <message>
            <source>The criterion is addressed satisfactorily, with some evidence; minor gaps remain.</source>
            <translation>Le critère est traité de manière satisfaisante, avec quelques éléments probants ; des lacunes mineures subsistent.</translation>
        </message>
        <message>
            <source>The criterion is addressed well, with clear evidence and few weaknesses.</source>
            <translation>Le critère est bien traité, avec des éléments probants clairs et peu de faiblesses.</translation>
        </message>
        <message>
            <source>The criterion is addressed fully and convincingly, with strong evidence; a model for other applications.</source>
            <translation>Le critère est traité de manière complète et convaincante, avec des éléments probants solides ; un modèle pour d’autres demandes.</translation>
        </message>
        <message>
            <source>The weight of “%1” must be a whole number from 0 to %2.</source>
            <extracomment>%1 is a criterion name, %2 the largest weight allowed</extracomment>
            <translation>La pondération de « %1 » doit être un nombre entier compris entre 0 et %2.</translation>
        </message>
        <message>
            <source>At least one criterion must have a weight above zero, or no application could be scored.</source>
            <translation>Au moins un critère doit avoir une pondération supérieure à zéro ; sinon, aucune demande ne pourrait être notée.</translation>
        </message>
        <message>
            <source>The weights of the review criteria could not be read. Enter them again in the fund's settings.</source>
            <translation>Les pondérations des critères d’évaluation n’ont pas pu être lues. Saisissez-les de nouveau dans les paramètres du fonds.</translation>
        </message>
        <message>
            <source>The file “%1” could not be written. Check that the folder exists and that you may write to it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>Le fichier « %1 » n’a pas pu être écrit. Vérifiez que le dossier existe et que vous avez le droit d’y écrire.</translation>
        </message>
        <message>
            <source>The file “%1” could not be written. Check that the disk is not full.</source>
            <translation>Le fichier « %1 » n’a pas pu être écrit. Vérifiez que le disque n’est pas plein.</translation>
        </message>
        <message>
            <source>Applications</source>
            <extracomment>columns of the geographic balance table (¶25c); amounts in US dollars</extracomment>
            <translation>Demandes</translation>
        </message>
        <message>
            <source>Requested (USD)</source>
            <translation>Demandé (USD)</translation>
        </message>
        <message>
            <source>Recommended (USD)</source>
            <translation>Recommandé (USD)</translation>
        </message>
        <message>
            <source>Equal share</source>
            <extracomment>last line of the geographic balance table: what each would get if shared equally</extracomment>
            <translation>Part égale</translation>
        </message>
        <message>
            <source>Region</source>
            <extracomment>first column of the geographic balance table: the M49 region</extracomment>
            <translation>Région</translation>
        </message>
        <message>
            <source>Regional group</source>
            <extracomment>first column of the geographic balance table: the UN regional group</extracomment>
            <translation>Groupe régional</translation>
        </message>
        <message>
            <source>Reference</source>
            <extracomment>column of the exported review scores</extracomment>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Évaluateur</translation>
        </message>
        <message>
            <source>(%1) %2</source>
            <extracomment>%1 is the letter of ¶26 (a–i), %2 the focus area's name
----------
column of the exported review scores: %1 is a letter of ¶25, %2 the criterion</extracomment>
            <translation>(%1) %2</translation>
        </message>
        <message>
            <source>Weighted score</source>
            <extracomment>column of the exported review scores</extracomment>
            <translation>Note pondérée</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>The activity application is no longer in the fund's database. Reload the list of activities and try again.</source>
            <translation>La demande d’activité ne figure plus dans la base de données du fonds. Rechargez la liste des activités et réessayez.</translation>
        </message>
        <message>
            <source>The list of activities in the fund's database is damaged: activity %1 has an unknown value in “%2”.</source>
            <translation>La liste des activités dans la base de données du fonds est endommagée : l’activité %1 a une valeur inconnue dans « %2 ».</translation>
        </message>
        <message>
            <source>The consultation is no longer in the fund's database. Reload the list of consultations and try again.</source>
            <translation>La consultation ne figure plus dans la base de données du fonds. Rechargez la liste des consultations et réessayez.</translation>
        </message>
        <message>
            <source>The list of consultations in the fund's database is damaged: consultation %1 has an unknown advice.</source>
            <translation>La liste des consultations dans la base de données du fonds est endommagée : la consultation %1 comporte un avis inconnu.</translation>
        </message>
        <message>
            <source>A saved earlier state of a contribution in the fund's database is damaged and cannot be shown.</source>
            <translation>Un état antérieur enregistré d’une contribution dans la base de données du fonds est endommagé et ne peut pas être affiché.</translation>
        </message>
        <message>
            <source>The contribution is no longer in the fund's database. Reload the list of contributions and try again.</source>
            <translation>La contribution ne figure plus dans la base de données du fonds. Rechargez la liste des contributions et réessayez.</translation>
        </message>
        <message>
            <source>The list of contributions in the fund's database is damaged: contribution %1 has an unknown value in “%2”.</source>
            <translation>La liste des contributions dans la base de données du fonds est endommagée : la contribution %1 a une valeur inconnue dans « %2 ».</translation>
        </message>
        <message>
            <source>The list of donors in the fund's database is damaged: donor %1 has an unknown value in “%2”.</source>
            <translation>La liste des donateurs dans la base de données du fonds est endommagée : le donateur %1 a une valeur inconnue dans « %2 ».</translation>
        </message>
        <message>
            <source>The donor is no longer in the fund's database. Reload the list of donors and try again.</source>
            <translation>Le donateur ne figure plus dans la base de données du fonds. Rechargez la liste des donateurs et réessayez.</translation>
        </message>
        <message>
            <source>The meeting is no longer in the fund's database. Reload the list of meetings and try again.</source>
            <translation>La réunion ne figure plus dans la base de données du fonds. Rechargez la liste des réunions et réessayez.</translation>
        </message>
        <message>
            <source>The list of meetings in the fund's database is damaged: meeting %1 has an unknown value in “%2”.</source>
            <translation>La liste des réunions dans la base de données du fonds est endommagée : la réunion %1 a une valeur inconnue dans « %2 ».</translation>
        </message>
        <message>
            <source>The review is no longer in the fund's database. Reload the application's reviews and try again.</source>
            <translation>L’évaluation ne figure plus dans la base de données du fonds. Rechargez les évaluations de la demande et réessayez.</translation>
        </message>
        <message>
            <source>The sponsorship application is no longer in the fund's database. Reload the list of applications and try again.</source>
            <translation>La demande de parrainage ne figure plus dans la base de données du fonds. Rechargez la liste des demandes et réessayez.</translation>
        </message>
        <message>
            <source>The list of sponsorships in the fund's database is damaged: application %1 has an unknown value in “%2”.</source>
            <translation>La liste des parrainages dans la base de données du fonds est endommagée : la demande %1 a une valeur inconnue dans « %2 ».</translation>
        </message>
        <message>
            <source>The list of States in the fund's database is damaged: the State “%1” has an unknown value in “%2”.</source>
            <translation>La liste des États dans la base de données du fonds est endommagée : l’État « %1 » a une valeur inconnue dans « %2 ».</translation>
        </message>
        <message>
            <source>The State with ISO code “%1” or M49 code “%2” is already in the list.</source>
            <translation>L’État dont le code ISO est « %1 » ou le code M49 « %2 » figure déjà dans la liste.</translation>
        </message>
        <message>
            <source>Title: enter the title of the activity.</source>
            <translation>Titre : saisissez le titre de l’activité.</translation>
        </message>
        <message>
            <source>Implementing partners: enter the name of partner %1, or remove it from the list.</source>
            <extracomment>%1 is the position of the partner in the list: 1, 2, …</extracomment>
            <translation>Partenaires d’exécution : saisissez le nom du partenaire %1, ou retirez-le de la liste.</translation>
        </message>
        <message>
            <source>Focus areas: choose at least one of the nine focus areas of the fund (¶26).</source>
            <translation>Domaines prioritaires : choisissez au moins un des neuf domaines prioritaires du fonds (¶26).</translation>
        </message>
        <message>
            <source>Needs assessment: describe the national or regional needs assessment the activity answers, or give the reference of the document (¶13, ¶25a).</source>
            <translation>Évaluation des besoins : décrivez l’évaluation nationale ou régionale des besoins à laquelle répond l’activité, ou indiquez la référence du document (¶13, ¶25a).</translation>
        </message>
        <message>
            <source>Applicant State: choose the government that applies. Eligible recipients are governments (¶24).</source>
            <translation>État demandeur : choisissez le gouvernement qui présente la demande. Les bénéficiaires admissibles sont les gouvernements (¶24).</translation>
        </message>
        <message>
            <source>Applicant State: “%1” is not a Member State of the reference list. Eligible recipients are governments of Member States (¶24).</source>
            <extracomment>%1 is an ISO 3166 code such as FRA</extracomment>
            <translation>État demandeur : « %1 » n’est pas un État Membre de la liste de référence. Les bénéficiaires admissibles sont les gouvernements des États Membres (¶24).</translation>
        </message>
        <message>
            <source>Co-applicant States: the applicant State cannot also be a co-applicant.</source>
            <translation>États codemandeurs : l’État demandeur ne peut pas être également codemandeur.</translation>
        </message>
        <message>
            <source>Co-applicant States: “%1” is not a Member State of the reference list.</source>
            <translation>États codemandeurs : « %1 » n’est pas un État Membre de la liste de référence.</translation>
        </message>
        <message>
            <source>Co-applicant States: %1 is listed twice.</source>
            <translation>États codemandeurs : %1 figure deux fois dans la liste.</translation>
        </message>
        <message>
            <source>Start: enter the date the activity starts.</source>
            <translation>Début : saisissez la date de début de l’activité.</translation>
        </message>
        <message>
            <source>End: enter the date the activity ends.</source>
            <translation>Fin : saisissez la date de fin de l’activité.</translation>
        </message>
        <message>
            <source>End: the activity cannot end (%1) before it starts (%2).</source>
            <extracomment>%1 and %2 are ISO dates</extracomment>
            <translation>Fin : l’activité ne peut pas se terminer (%1) avant d’avoir commencé (%2).</translation>
        </message>
        <message>
            <source>Amount requested: enter the amount requested for at least one year.</source>
            <translation>Montant demandé : saisissez le montant demandé pour au moins une année.</translation>
        </message>
        <message>
            <source>Amount requested: amounts are requested in US dollars (USD).</source>
            <translation>Montant demandé : les montants sont demandés en dollars des États-Unis (USD).</translation>
        </message>
        <message>
            <source>Amount requested: the amount for %1 must be more than zero.</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Montant demandé : le montant pour %1 doit être supérieur à zéro.</translation>
        </message>
        <message>
            <source>Amount requested: %1 is outside the years of the activity (%2–%3).</source>
            <extracomment>%1 is a year; %2–%3 the first and last years of the activity</extracomment>
            <translation>Montant demandé : %1 ne fait pas partie des années de l’activité (%2–%3).</translation>
        </message>
        <message>
            <source>Amount requested: the year %1 is entered twice.</source>
            <translation>Montant demandé : l’année %1 est saisie deux fois.</translation>
        </message>
        <message>
            <source>Co-funding: enter the amount from other sources in US dollars, zero or more.</source>
            <translation>Cofinancement : saisissez le montant provenant d’autres sources en dollars des États-Unis, égal ou supérieur à zéro.</translation>
        </message>
        <message>
            <source>Reference: “%1” is already the reference of another application.</source>
            <extracomment>%1 is a reference such as CB-2026-014</extracomment>
            <translation>Référence : « %1 » est déjà la référence d’une autre demande.</translation>
        </message>
        <message>
            <source>The application has been reviewed or discussed in a consultation, so it cannot be deleted; its record is part of the selection. Cancel it instead.</source>
            <translation>La demande a été évaluée ou examinée lors d’une consultation ; elle ne peut donc pas être supprimée, car son dossier fait partie de la sélection. Annulez-la plutôt.</translation>
        </message>
        <message>
            <source>The year %1 is out of range. Enter a year from %2 to %3.</source>
            <extracomment>%1 is the year asked for, %2 and %3 the first and last years allowed</extracomment>
            <translation>L’année %1 est hors limites. Saisissez une année comprise entre %2 et %3.</translation>
        </message>
        <message>
            <source>This needs the role “%1”; the current profile has the role “%2”.</source>
            <extracomment>%1 and %2 are role names, such as "Fund manager"</extracomment>
            <translation>Cette action nécessite le rôle « %1 » ; le profil actuel a le rôle « %2 ».</translation>
        </message>
        <message>
            <source>The fund is not operational: no minimum threshold of contributions has been set (¶16). Set it in the fund's settings before approving.</source>
            <translation>Le fonds n’est pas opérationnel : aucun seuil minimal de contributions n’a été fixé (¶16). Fixez-le dans les paramètres du fonds avant toute approbation.</translation>
        </message>
        <message>
            <source>The fund is not operational yet: it becomes operational once the contributions received reach %1 (¶16); %2 is still missing.</source>
            <extracomment>%1 is the threshold, %2 the amount still missing, both with currency</extracomment>
            <translation>Le fonds n’est pas encore opérationnel : il le deviendra lorsque les contributions reçues atteindront %1 (¶16) ; il manque encore %2.</translation>
        </message>
        <message>
            <source>This is %1 short of the available programme balance of %2.</source>
            <extracomment>%1 is the shortfall, %2 the available balance, both with currency</extracomment>
            <translation>Il manque %1 par rapport au solde disponible pour les programmes, qui s’élève à %2.</translation>
        </message>
        <message>
            <source>The approved amount must be a positive amount in USD.</source>
            <translation>Le montant approuvé doit être un montant positif en USD.</translation>
        </message>
        <message>
            <source>Enter the justification for changing the approved amount.</source>
            <translation>Saisissez la justification de la modification du montant approuvé.</translation>
        </message>
        <message>
            <source>Only an approved item has an amount to amend.</source>
            <translation>Seul un élément approuvé a un montant susceptible d’être modifié.</translation>
        </message>
        <message>
            <source>This amendment has already been decided, or no longer exists.</source>
            <translation>Cette modification a déjà fait l’objet d’une décision, ou n’existe plus.</translation>
        </message>
        <message>
            <source>Whoever recommended a change cannot also approve it. Another profile of the High Representative's office must decide.</source>
            <translation>La personne qui a recommandé une modification ne peut pas également l’approuver. Un autre profil du Bureau de la Haute-Représentante doit prendre la décision.</translation>
        </message>
        <message>
            <source>%1 has already been paid on this item; the approved amount cannot go below it.</source>
            <extracomment>%1 is the amount already paid, with currency</extracomment>
            <translation>%1 a déjà été versé au titre de cet élément ; le montant approuvé ne peut pas être inférieur à cette somme.</translation>
        </message>
        <message>
            <source>Date: enter the date of the consultation.</source>
            <translation>Date : saisissez la date de la consultation.</translation>
        </message>
        <message>
            <source>Date: a consultation is recorded once it has taken place; the date cannot be in the future.</source>
            <translation>Date : une consultation n’est enregistrée qu’une fois qu’elle a eu lieu ; la date ne peut pas être dans le futur.</translation>
        </message>
        <message>
            <source>Participants: enter the States and members who took part.</source>
            <translation>Participants : saisissez les États et les membres qui y ont pris part.</translation>
        </message>
        <message>
            <source>Participants: a line of the list is empty; enter a name or remove the line.</source>
            <translation>Participants : une ligne de la liste est vide ; saisissez un nom ou supprimez la ligne.</translation>
        </message>
        <message>
            <source>Advice: one application the advice refers to is no longer in the fund's database.</source>
            <translation>Avis : une demande à laquelle l’avis se rapporte ne figure plus dans la base de données du fonds.</translation>
        </message>
        <message>
            <source>Advice: %1 has two entries; a consultation gives one advice per application.</source>
            <extracomment>%1 is a reference such as CB-2026-014</extracomment>
            <translation>Avis : %1 figure deux fois ; une consultation donne un seul avis par demande.</translation>
        </message>
        <message>
            <source>Advice: write down the advice given on %1.</source>
            <translation>Avis : consignez l’avis donné sur %1.</translation>
        </message>
        <message>
            <source>Choose the donor of this contribution.</source>
            <translation>Choisissez le donateur de cette contribution.</translation>
        </message>
        <message>
            <source>The chosen donor is no longer in the fund's database. Choose the donor again.</source>
            <translation>Le donateur choisi ne figure plus dans la base de données du fonds. Choisissez de nouveau le donateur.</translation>
        </message>
        <message>
            <source>The UN's due diligence declined %1, so the fund cannot accept its money, pledged or received (¶14). Choose another donor, or record a new clearance on the donor if the decision was reversed.</source>
            <extracomment>%1 is the donor's name; ¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>La procédure de diligence raisonnable de l’ONU a abouti à un refus pour %1 ; le fonds ne peut donc pas accepter ses fonds, qu’ils soient annoncés ou reçus (¶14). Choisissez un autre donateur, ou enregistrez une nouvelle validation pour ce donateur si la décision a été infirmée.</translation>
        </message>
        <message>
            <source>%1 has not yet been cleared by the UN's due diligence, so its money can be pledged but not recorded as received (¶14). Record a pledge for now, or record the clearance on the donor first.</source>
            <extracomment>%1 is the donor's name; ¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>%1 n’a pas encore été validé par la procédure de diligence raisonnable de l’ONU ; ses fonds peuvent donc faire l’objet d’une annonce de contribution, mais ne peuvent pas être enregistrés comme reçus (¶14). Enregistrez une annonce de contribution pour l’instant, ou enregistrez d’abord la validation pour ce donateur.</translation>
        </message>
        <message>
            <source>Enter the date of the contribution.</source>
            <translation>Saisissez la date de la contribution.</translation>
        </message>
        <message>
            <source>The date %1 is before 1 January 2000. Check the year.</source>
            <extracomment>%1 is a date such as 1999-12-31</extracomment>
            <translation>La date %1 est antérieure au 1er janvier 2000. Vérifiez l’année.</translation>
        </message>
        <message>
            <source>A receipt cannot be dated in the future: %1 is after today, %2. Enter the date the money was received, or record a pledge.</source>
            <extracomment>%1 and %2 are dates such as 2025-03-31</extracomment>
            <translation>Un encaissement ne peut pas être daté dans le futur : %1 est postérieur à aujourd’hui, %2. Saisissez la date de réception des fonds, ou enregistrez une annonce de contribution.</translation>
        </message>
        <message>
            <source>The amount must be above zero. Enter the amount the donor gives.</source>
            <translation>Le montant doit être supérieur à zéro. Saisissez le montant versé par le donateur.</translation>
        </message>
        <message>
            <source>“%1” is not a known ISO 4217 currency code. Choose the currency from the list.</source>
            <extracomment>%1 is what was entered as a currency code</extracomment>
            <translation>« %1 » n’est pas un code de devise ISO 4217 connu. Choisissez la devise dans la liste.</translation>
        </message>
        <message>
            <source>Enter the exchange rate to US dollars used on the day; it must be above zero.</source>
            <translation>Saisissez le taux de change en dollars des États-Unis appliqué ce jour-là ; il doit être supérieur à zéro.</translation>
        </message>
        <message>
            <source>The amount is in US dollars, so its exchange rate must be 1, not %1.</source>
            <extracomment>%1 is an exchange rate such as 0.98</extracomment>
            <translation>Le montant est en dollars des États-Unis ; son taux de change doit donc être 1, et non %1.</translation>
        </message>
        <message>
            <source>Only a receipt can be paid against a pledge. Clear the pledge it pays, or record a receipt.</source>
            <translation>Seul un encaissement peut être imputé sur une annonce de contribution. Supprimez l’annonce sur laquelle il est imputé, ou enregistrez un encaissement.</translation>
        </message>
        <message>
            <source>A receipt cannot be paid against itself. Choose the pledge it pays, or none.</source>
            <translation>Un encaissement ne peut pas être imputé sur lui-même. Choisissez l’annonce de contribution qu’il règle, ou aucune.</translation>
        </message>
        <message>
            <source>The pledge this receipt pays is not in the fund's database. Choose the pledge again, or none.</source>
            <translation>L’annonce de contribution réglée par cet encaissement ne figure pas dans la base de données du fonds. Choisissez de nouveau l’annonce, ou aucune.</translation>
        </message>
        <message>
            <source>The chosen pledge was made by another donor. Choose a pledge of %1, or none.</source>
            <extracomment>%1 is the donor's name</extracomment>
            <translation>L’annonce de contribution choisie a été faite par un autre donateur. Choisissez une annonce de %1, ou aucune.</translation>
        </message>
        <message>
            <source>The chosen pledge is in %1 and this receipt in %2. Record the receipt in %1, or choose another pledge.</source>
            <extracomment>%1 and %2 are currency codes such as EUR</extracomment>
            <translation>L’annonce de contribution choisie est en %1 et cet encaissement en %2. Enregistrez l’encaissement en %1, ou choisissez une autre annonce.</translation>
        </message>
        <message>
            <source>The fund accepts no earmarked contributions (¶19): money restricted to specific activities cannot be recorded. Ask the donor to lift the restriction, then record the contribution without it.</source>
            <extracomment>¶19 is a paragraph of the report that set up the fund</extracomment>
            <translation>Le fonds n’accepte aucune contribution préaffectée (¶19) : des fonds réservés à des activités déterminées ne peuvent pas être enregistrés. Demandez au donateur de lever la restriction, puis enregistrez la contribution sans celle-ci.</translation>
        </message>
        <message>
            <source>This receipt comes with conditions. Confirm that they do not restrict its use to specific activities (no earmarking, ¶19) before recording it.</source>
            <extracomment>¶19 is a paragraph of the report that set up the fund</extracomment>
            <translation>Cet encaissement est assorti de conditions. Confirmez qu’elles ne limitent pas son utilisation à des activités déterminées (pas de préaffectation, ¶19) avant de l’enregistrer.</translation>
        </message>
        <message>
            <source>Only a pledge can have a schedule of payments. Remove the schedule, or record a pledge.</source>
            <translation>Seule une annonce de contribution peut comporter un échéancier de versements. Supprimez l’échéancier, ou enregistrez une annonce de contribution.</translation>
        </message>
        <message>
            <source>Enter the due date of scheduled payment %1.</source>
            <extracomment>%1 is the number of the payment in the schedule: 1, 2, 3 …</extracomment>
            <translation>Saisissez la date d’échéance du versement prévu %1.</translation>
        </message>
        <message>
            <source>Scheduled payment %1 must be above zero.</source>
            <extracomment>%1 is the number of the payment in the schedule: 1, 2, 3 …</extracomment>
            <translation>Le versement prévu %1 doit être supérieur à zéro.</translation>
        </message>
        <message>
            <source>Scheduled payment %1 is in %2, but the pledge is in %3. Enter every payment in %3.</source>
            <extracomment>%1 is the number of the payment; %2 and %3 are currency codes such as EUR</extracomment>
            <translation>Le versement prévu %1 est en %2, mais l’annonce de contribution est en %3. Saisissez chaque versement en %3.</translation>
        </message>
        <message>
            <source>The scheduled payments add up to %1 %2, but the pledge is %3 %2. Adjust the payments so that they add up to the pledge.</source>
            <extracomment>%1 and %3 are amounts such as 1000.00, %2 their currency code such as EUR</extracomment>
            <translation>Le total des versements prévus s’élève à %1 %2, mais l’annonce de contribution est de %3 %2. Ajustez les versements pour que leur total corresponde à l’annonce.</translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) are recorded against this pledge, so it must stay a pledge. Record the money received as a receipt instead.</source>
            <translation>
                <numerusform>%n encaissement est imputé sur cette annonce de contribution ; elle doit donc rester une annonce. Enregistrez plutôt les fonds reçus comme encaissement.</numerusform>
                <numerusform>%n encaissements sont imputés sur cette annonce de contribution ; elle doit donc rester une annonce. Enregistrez plutôt les fonds reçus comme encaissement.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) from this donor are recorded against this pledge, so its donor cannot change.</source>
            <translation>
                <numerusform>%n encaissement de ce donateur est imputé sur cette annonce de contribution ; son donateur ne peut donc pas être changé.</numerusform>
                <numerusform>%n encaissements de ce donateur sont imputés sur cette annonce de contribution ; son donateur ne peut donc pas être changé.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) in %1 are recorded against this pledge, so its currency must stay %1.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>
                <numerusform>%n encaissement en %1 est imputé sur cette annonce de contribution ; sa devise doit donc rester %1.</numerusform>
                <numerusform>%n encaissements en %1 sont imputés sur cette annonce de contribution ; sa devise doit donc rester %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>This contribution has been received, so its earlier state is kept in its history. Enter the reason for the change.</source>
            <translation>Cette contribution a été reçue ; son état antérieur est donc conservé dans son historique. Saisissez le motif de la modification.</translation>
        </message>
        <message numerus="yes">
            <source>%n receipt(s) are recorded against this pledge, so it cannot be deleted. Delete those receipts first, or keep the pledge.</source>
            <translation>
                <numerusform>%n encaissement est imputé sur cette annonce de contribution ; elle ne peut donc pas être supprimée. Supprimez d’abord cet encaissement, ou conservez l’annonce.</numerusform>
                <numerusform>%n encaissements sont imputés sur cette annonce de contribution ; elle ne peut donc pas être supprimée. Supprimez d’abord ces encaissements, ou conservez l’annonce.</numerusform>
            </translation>
        </message>
        <message>
            <source>UN Voluntary Fund for ICT-security capacity building (demo)</source>
            <translation>Fonds de contributions volontaires des Nations Unies pour le renforcement des capacités en matière de sécurité des TIC (démonstration)</translation>
        </message>
        <message>
            <source>Enter the date of the payment.</source>
            <translation>Saisissez la date du paiement.</translation>
        </message>
        <message>
            <source>A payment cannot be dated in the future.</source>
            <translation>Un paiement ne peut pas être daté dans le futur.</translation>
        </message>
        <message>
            <source>Enter the payee.</source>
            <translation>Saisissez le bénéficiaire du paiement.</translation>
        </message>
        <message>
            <source>Enter an amount above zero.</source>
            <translation>Saisissez un montant supérieur à zéro.</translation>
        </message>
        <message>
            <source>A payment is a positive amount; record money coming back as a refund, with its reason.</source>
            <translation>Un paiement est un montant positif ; enregistrez les fonds restitués comme un remboursement, en indiquant le motif.</translation>
        </message>
        <message>
            <source>Enter the reason for the refund.</source>
            <translation>Saisissez le motif du remboursement.</translation>
        </message>
        <message>
            <source>Payments can be made only against an approved or active sponsorship or activity.</source>
            <translation>Les paiements ne peuvent être effectués qu’au titre d’un parrainage ou d’une activité approuvés ou en cours.</translation>
        </message>
        <message>
            <source>Choose the recipient State from the list.</source>
            <translation>Choisissez l’État bénéficiaire dans la liste.</translation>
        </message>
        <message>
            <source>This payment of %1 exceeds what remains committed on the item: %2.</source>
            <extracomment>%1 is the payment in USD, %2 what remains committed, both with currency</extracomment>
            <translation>Ce paiement de %1 dépasse le montant restant engagé pour cet élément : %2.</translation>
        </message>
        <message>
            <source>This refund of %1 exceeds what was paid on the item: %2.</source>
            <extracomment>%1 is the refund in USD, %2 what was paid, both with currency</extracomment>
            <translation>Ce remboursement de %1 dépasse le montant versé au titre de cet élément : %2.</translation>
        </message>
        <message>
            <source>Choose what kind of donor this is.</source>
            <translation>Choisissez la catégorie de ce donateur.</translation>
        </message>
        <message>
            <source>Choose the State from the list.</source>
            <translation>Choisissez l’État dans la liste.</translation>
        </message>
        <message>
            <source>“%1” is not a State of the reference list. Choose the State from the list.</source>
            <extracomment>%1 is a code such as FRA</extracomment>
            <translation>« %1 » n’est pas un État de la liste de référence. Choisissez l’État dans la liste.</translation>
        </message>
        <message>
            <source>%1 is an observer State, not a Member State. Choose “Observer State” as the kind of donor, or another State.</source>
            <extracomment>%1 is a State's name</extracomment>
            <translation>%1 est un État observateur et non un État Membre. Choisissez « État observateur » comme catégorie de donateur, ou un autre État.</translation>
        </message>
        <message>
            <source>%1 is a Member State, not an observer State. Choose “Member State” as the kind of donor, or another State.</source>
            <extracomment>%1 is a State's name</extracomment>
            <translation>%1 est un État Membre et non un État observateur. Choisissez « État Membre » comme catégorie de donateur, ou un autre État.</translation>
        </message>
        <message>
            <source>%1 already has a donor record, and a State has only one. Choose that record instead of adding a new one.</source>
            <extracomment>%1 is a State's name</extracomment>
            <translation>%1 a déjà une fiche de donateur, et un État n’en a qu’une. Choisissez cette fiche au lieu d’en ajouter une nouvelle.</translation>
        </message>
        <message>
            <source>Enter the donor's name.</source>
            <translation>Saisissez le nom du donateur.</translation>
        </message>
        <message>
            <source>The donor's name is %1 characters long. Shorten it to at most %2 characters.</source>
            <translation>Le nom du donateur compte %1 caractères. Raccourcissez-le à %2 caractères au maximum.</translation>
        </message>
        <message>
            <source>“%1” is not a country of the reference list. Choose the country from the list, or leave it empty.</source>
            <extracomment>%1 is a code such as FRA</extracomment>
            <translation>« %1 » n’est pas un pays de la liste de référence. Choisissez le pays dans la liste, ou laissez le champ vide.</translation>
        </message>
        <message>
            <source>A donor of the kind “%1” needs no due-diligence clearance. Set the clearance to “Not required”.</source>
            <extracomment>%1 is a kind of donor, such as "Member State"</extracomment>
            <translation>Un donateur de la catégorie « %1 » n’a pas besoin de validation au titre de la diligence raisonnable. Réglez la validation sur « Non requise ».</translation>
        </message>
        <message>
            <source>Enter the date of the due-diligence decision (%1).</source>
            <extracomment>%1 is a due-diligence status: "Cleared" or "Declined"</extracomment>
            <translation>Saisissez la date de la décision relative à la diligence raisonnable (%1).</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n contribution(s) recorded, so the donor cannot be deleted: the fund's books must keep who gave what. Delete the contributions first if they were entered by mistake.</source>
            <extracomment>%1 is the donor's name</extracomment>
            <translation>
                <numerusform>%1 a %n contribution enregistrée ; le donateur ne peut donc pas être supprimé : la comptabilité du fonds doit conserver la trace de qui a donné quoi. Supprimez d’abord la contribution si elle a été saisie par erreur.</numerusform>
                <numerusform>%1 a %n contributions enregistrées ; le donateur ne peut donc pas être supprimé : la comptabilité du fonds doit conserver la trace de qui a donné quoi. Supprimez d’abord les contributions si elles ont été saisies par erreur.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: not a capital-based government official currently working on cyber/ICT-security diplomacy, policy or related technical fields</source>
            <extracomment>%1 is "¶21(a)"</extracomment>
            <translation>%1 : n’est pas un(e) fonctionnaire en poste dans la capitale travaillant actuellement dans les domaines de la diplomatie ou des politiques de cybersécurité ou de sécurité des TIC, ou dans des domaines techniques connexes</translation>
        </message>
        <message>
            <source>%1: no direct experience of ICT-security matters in the current post, or no intention to contribute to the UN discussions</source>
            <extracomment>%1 is "¶21(b)"</extracomment>
            <translation>%1 : aucune expérience directe des questions de sécurité des TIC dans le poste actuel, ou aucune intention de contribuer aux débats de l’ONU</translation>
        </message>
        <message>
            <source>%1: not able to travel and attend during the sessions</source>
            <extracomment>%1 is "¶21(c)"</extracomment>
            <translation>%1 : ne peut pas se déplacer et participer pendant les sessions</translation>
        </message>
        <message>
            <source>%1: will not attend all formal meetings and the capacity-building activities alongside them</source>
            <extracomment>%1 is "¶21(d)"</extracomment>
            <translation>%1 : n’assistera pas à toutes les séances officielles et aux activités de renforcement des capacités organisées en marge de celles-ci</translation>
        </message>
        <message>
            <source>%1: not willing to share a report on the experience with the fund manager</source>
            <extracomment>%1 is "¶21(e)"</extracomment>
            <translation>%1 : n’est pas disposé(e) à communiquer au gestionnaire du fonds un rapport sur son expérience</translation>
        </message>
        <message>
            <source>The fund's setting “%1” holds a value FundDesk cannot read. Open the fund's settings, enter the value again and save.</source>
            <extracomment>%1 is the internal name of a setting, e.g. fund.threshold.usd_minor</extracomment>
            <translation>Le paramètre « %1 » du fonds contient une valeur que FundDesk ne peut pas lire. Ouvrez les paramètres du fonds, saisissez de nouveau la valeur et enregistrez.</translation>
        </message>
        <message>
            <source>The fund's name is %2 characters long. Shorten it to %1 characters at most.</source>
            <extracomment>%1 is the maximum number of characters, %2 the number typed</extracomment>
            <translation>Le nom du fonds compte %2 caractères. Raccourcissez-le à %1 caractères au maximum.</translation>
        </message>
        <message>
            <source>The operational threshold cannot be negative. Enter zero, or the amount of receipts at which the fund becomes operational.</source>
            <translation>Le seuil opérationnel ne peut pas être négatif. Saisissez zéro, ou le montant des encaissements à partir duquel le fonds devient opérationnel.</translation>
        </message>
        <message>
            <source>The operational threshold is in %1, but the fund's books are kept in US dollars. Enter the threshold in USD.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>Le seuil opérationnel est en %1, mais la comptabilité du fonds est tenue en dollars des États-Unis. Saisissez le seuil en USD.</translation>
        </message>
        <message>
            <source>The annual cost of the Professional post cannot be negative. Enter zero or an amount above zero.</source>
            <translation>Le coût annuel du poste d’administrateur ne peut pas être négatif. Saisissez zéro ou un montant supérieur à zéro.</translation>
        </message>
        <message>
            <source>The annual cost of the Professional post is in %1, but the fund's books are kept in US dollars. Enter the cost in USD.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>Le coût annuel du poste d’administrateur est en %1, mais la comptabilité du fonds est tenue en dollars des États-Unis. Saisissez le coût en USD.</translation>
        </message>
        <message>
            <source>The annual cost of the General Service post cannot be negative. Enter zero or an amount above zero.</source>
            <translation>Le coût annuel du poste d’agent des services généraux ne peut pas être négatif. Saisissez zéro ou un montant supérieur à zéro.</translation>
        </message>
        <message>
            <source>The annual cost of the General Service post is in %1, but the fund's books are kept in US dollars. Enter the cost in USD.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>Le coût annuel du poste d’agent des services généraux est en %1, mais la comptabilité du fonds est tenue en dollars des États-Unis. Saisissez le coût en USD.</translation>
        </message>
        <message>
            <source>The minimum funding per activity cannot be negative. Enter zero or an amount above zero.</source>
            <translation>Le montant minimal de financement par activité ne peut pas être négatif. Saisissez zéro ou un montant supérieur à zéro.</translation>
        </message>
        <message>
            <source>The minimum funding per activity is in %1, but the fund's books are kept in US dollars. Enter the minimum in USD.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>Le montant minimal de financement par activité est en %1, mais la comptabilité du fonds est tenue en dollars des États-Unis. Saisissez ce minimum en USD.</translation>
        </message>
        <message>
            <source>The threshold cannot have been announced on %1, after today (%2). Enter the date donors were told the threshold, or leave it empty until then.</source>
            <extracomment>%1 is the date entered, %2 today's date, both as YYYY-MM-DD</extracomment>
            <translation>Le seuil ne peut pas avoir été annoncé le %1, date postérieure à aujourd’hui (%2). Saisissez la date à laquelle le seuil a été communiqué aux donateurs, ou laissez le champ vide jusque-là.</translation>
        </message>
        <message>
            <source>Not yet operational: set the minimum threshold of contributions in Settings (¶16).</source>
            <translation>Pas encore opérationnel : fixez le seuil minimal de contributions dans les Paramètres (¶16).</translation>
        </message>
        <message>
            <source>Operational: contributions received have reached the threshold of %1.</source>
            <translation>Opérationnel : les contributions reçues ont atteint le seuil de %1.</translation>
        </message>
        <message>
            <source>Not yet operational: %1 still missing to reach the threshold of %2 (¶16).</source>
            <translation>Pas encore opérationnel : il manque encore %1 pour atteindre le seuil de %2 (¶16).</translation>
        </message>
        <message>
            <source>No meeting has the reference “%1”.</source>
            <translation>Aucune réunion n’a la référence « %1 ».</translation>
        </message>
        <message>
            <source>Enter the meeting's reference, such as PM-2026-1.</source>
            <translation>Saisissez la référence de la réunion, par exemple PM-2026-1.</translation>
        </message>
        <message>
            <source>Another meeting already has the reference “%1”.</source>
            <translation>Une autre réunion a déjà la référence « %1 ».</translation>
        </message>
        <message>
            <source>Enter the meeting's name.</source>
            <translation>Saisissez le nom de la réunion.</translation>
        </message>
        <message>
            <source>Enter the city where the meeting is held.</source>
            <translation>Saisissez la ville où se tient la réunion.</translation>
        </message>
        <message>
            <source>Enter the first day of the meeting.</source>
            <translation>Saisissez le premier jour de la réunion.</translation>
        </message>
        <message>
            <source>The last day of the meeting cannot be before its first day.</source>
            <translation>Le dernier jour de la réunion ne peut pas être antérieur au premier jour.</translation>
        </message>
        <message numerus="yes">
            <source>The formal meeting days must be from 1 to %n, the days from the first to the last day of the meeting.</source>
            <translation>
                <numerusform>Les jours de séances officielles doivent être compris entre 1 et %n, c’est-à-dire entre le premier et le dernier jour de la réunion.</numerusform>
                <numerusform>Les jours de séances officielles doivent être compris entre 1 et %n, c’est-à-dire entre le premier et le dernier jour de la réunion.</numerusform>
            </translation>
        </message>
        <message>
            <source>The airfare from %1 must be an amount in USD of 0 or more.</source>
            <extracomment>%1 is a region of the world, such as Africa</extracomment>
            <translation>Le prix du billet d’avion au départ de la région %1 doit être un montant en USD égal ou supérieur à 0.</translation>
        </message>
        <message>
            <source>The daily subsistence allowance must be an amount in USD of 0 or more.</source>
            <translation>L’indemnité journalière de subsistance doit être un montant en USD égal ou supérieur à 0.</translation>
        </message>
        <message>
            <source>The days of subsistence allowance cannot be negative.</source>
            <translation>Le nombre de jours d’indemnité de subsistance ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>The terminal expenses must be an amount in USD of 0 or more.</source>
            <translation>Les faux frais au départ et à l’arrivée doivent être un montant en USD égal ou supérieur à 0.</translation>
        </message>
        <message numerus="yes">
            <source>%n sponsorship application(s) are recorded for this meeting, so it cannot be deleted.</source>
            <translation>
                <numerusform>%n demande de parrainage est enregistrée pour cette réunion ; celle-ci ne peut donc pas être supprimée.</numerusform>
                <numerusform>%n demandes de parrainage sont enregistrées pour cette réunion ; celle-ci ne peut donc pas être supprimée.</numerusform>
            </translation>
        </message>
        <message>
            <source>The year %1 is closed, so its records cannot be changed. The fund manager can reopen the year, giving a reason.</source>
            <extracomment>%1 is a year such as 2025</extracomment>
            <translation>L’exercice %1 est clos ; ses données ne peuvent donc pas être modifiées. Le gestionnaire du fonds peut rouvrir l’exercice en indiquant un motif.</translation>
        </message>
        <message>
            <source>Only the fund manager can close or reopen a year. The current profile has the role “%1”.</source>
            <extracomment>%1 is the name of a role, such as "Fund manager"</extracomment>
            <translation>Seul le gestionnaire du fonds peut clore ou rouvrir un exercice. Le profil actuel a le rôle « %1 ».</translation>
        </message>
        <message>
            <source>The year %1 is already closed.</source>
            <extracomment>%1 is a year</extracomment>
            <translation>L’exercice %1 est déjà clos.</translation>
        </message>
        <message>
            <source>Enter the reason for reopening the year: it is kept on record.</source>
            <translation>Saisissez le motif de la réouverture de l’exercice : il est conservé dans le dossier.</translation>
        </message>
        <message>
            <source>The year %1 is not closed.</source>
            <extracomment>%1 is a year</extracomment>
            <translation>L’exercice %1 n’est pas clos.</translation>
        </message>
        <message>
            <source>A scheduled payment of a pledge in %1 is in %2. Enter every scheduled payment in the pledge's currency.</source>
            <extracomment>%1 is the pledge's currency, %2 the currency of one of its scheduled payments</extracomment>
            <translation>Un versement prévu d’une annonce de contribution en %1 est en %2. Saisissez chaque versement prévu dans la devise de l’annonce.</translation>
        </message>
        <message>
            <source>The profile is no longer in the fund's database.</source>
            <translation>Le profil ne figure plus dans la base de données du fonds.</translation>
        </message>
        <message>
            <source>Enter the name of the profile.</source>
            <translation>Saisissez le nom du profil.</translation>
        </message>
        <message>
            <source>A profile named “%1” already exists.</source>
            <extracomment>%1 is the name of a person's profile</extracomment>
            <translation>Un profil nommé « %1 » existe déjà.</translation>
        </message>
        <message>
            <source>Reference data, row %1, column %2: a quotation mark is misplaced. A field with quotation marks must be enclosed in them entirely.</source>
            <translation>Données de référence, ligne %1, colonne %2 : un guillemet est mal placé. Un champ contenant des guillemets doit être entièrement placé entre guillemets.</translation>
        </message>
        <message>
            <source>Reference data, row %1: a quoted field is not closed before the end of the file.</source>
            <translation>Données de référence, ligne %1 : un champ entre guillemets n’est pas fermé avant la fin du fichier.</translation>
        </message>
        <message>
            <source>Reference data: the column “%1” appears twice in the header.</source>
            <translation>Données de référence : la colonne « %1 » figure deux fois dans l’en-tête.</translation>
        </message>
        <message>
            <source>Reference data: the column “%1” is missing from the header.</source>
            <translation>Données de référence : la colonne « %1 » est absente de l’en-tête.</translation>
        </message>
        <message>
            <source>Reference data, row %1, column “%2”: the value is empty.</source>
            <translation>Données de référence, ligne %1, colonne « %2 » : la valeur est vide.</translation>
        </message>
        <message>
            <source>Reference data, row %1, column “%2”: “%3” is not 0 or 1.</source>
            <translation>Données de référence, ligne %1, colonne « %2 » : « %3 » n’est ni 0 ni 1.</translation>
        </message>
        <message>
            <source>Reference data, row %1, column “%2”: “%3” is not a valid value.</source>
            <translation>Données de référence, ligne %1, colonne « %2 » : « %3 » n’est pas une valeur valide.</translation>
        </message>
        <message>
            <source>Reference data: the file is not valid UTF-8 text.</source>
            <translation>Données de référence : le fichier n’est pas un texte UTF-8 valide.</translation>
        </message>
        <message>
            <source>Reference data: the file is empty; a header row is expected.</source>
            <translation>Données de référence : le fichier est vide ; une ligne d’en-tête est attendue.</translation>
        </message>
        <message>
            <source>Reference data, row %1: %2 fields where the header has %3.</source>
            <translation>Données de référence, ligne %1 : %2 champs alors que l’en-tête en compte %3.</translation>
        </message>
        <message>
            <source>Reference data, row %1, column “%2”: “%3” appears twice.</source>
            <translation>Données de référence, ligne %1, colonne « %2 » : « %3 » figure deux fois.</translation>
        </message>
        <message>
            <source>The list of States built into FundDesk could not be read.</source>
            <translation>La liste des États intégrée à FundDesk n’a pas pu être lue.</translation>
        </message>
        <message>
            <source>Conflict of interest: describe the conflict you declare, so the record shows why you did not score.</source>
            <translation>Conflit d’intérêts : décrivez le conflit que vous déclarez, afin que le dossier indique pourquoi vous n’avez pas attribué de note.</translation>
        </message>
        <message>
            <source>Reviewer: enter the name of the reviewer.</source>
            <translation>Évaluateur : saisissez le nom de l’évaluateur.</translation>
        </message>
        <message>
            <source>Reviewer: %1 has already declared for this application. Open that review instead.</source>
            <extracomment>%1 is a person's name</extracomment>
            <translation>Évaluateur : %1 a déjà fait une déclaration pour cette demande. Ouvrez plutôt cette évaluation.</translation>
        </message>
        <message>
            <source>%1 declared a conflict of interest for this application and cannot score it. The aggregate score is computed without this reviewer.</source>
            <extracomment>%1 is a person's name</extracomment>
            <translation>%1 a déclaré un conflit d’intérêts pour cette demande et ne peut pas la noter. La note globale est calculée sans cet évaluateur.</translation>
        </message>
        <message>
            <source>%1: the score must be a whole number from %2 to %3.</source>
            <extracomment>%1 is a criterion name; %2 and %3 the ends of the scale (0 and 5)</extracomment>
            <translation>%1 : la note doit être un nombre entier compris entre %2 et %3.</translation>
        </message>
        <message>
            <source>Justification: explain the scores in writing; the selection must be transparent and accountable.</source>
            <translation>Justification : expliquez les notes par écrit ; la sélection doit être transparente et responsable.</translation>
        </message>
        <message numerus="yes">
            <source>You pinned %1 applicants for %n seat(s): the slate is the pinned applicants only. Unpin some or add seats.</source>
            <translation>
                <numerusform>Vous avez épinglé %1 candidats pour %n place : la liste ne comprend que les candidats épinglés. Désépinglez-en ou ajoutez des places.</numerusform>
                <numerusform>Vous avez épinglé %1 candidats pour %n places : la liste ne comprend que les candidats épinglés. Désépinglez-en ou ajoutez des places.</numerusform>
            </translation>
        </message>
        <message>
            <source>The pinned applicants cost %1, more than the budget of %2: the slate is the pinned applicants only.</source>
            <translation>Les candidats épinglés coûtent %1, soit plus que le budget de %2 : la liste ne comprend que les candidats épinglés.</translation>
        </message>
        <message>
            <source>Pinned by you</source>
            <translation>Épinglé par vous</translation>
        </message>
        <message>
            <source>One of %1 delegates from %2: no applicant from another State could take the seat</source>
            <translation>Un des %1 délégués de %2 : aucun candidat d’un autre État ne pouvait prendre la place</translation>
        </message>
        <message>
            <source>Only applicant from %1</source>
            <translation>Seul candidat de %1</translation>
        </message>
        <message numerus="yes">
            <source>Chosen among %n applicants from %1</source>
            <translation>
                <numerusform>Choisi parmi %n candidat de %1</numerusform>
                <numerusform>Choisi parmi %n candidats de %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Covers %1</source>
            <translation>Représente %1</translation>
        </message>
        <message>
            <source>Priority State: %1</source>
            <extracomment>%1 is a list of priority groups such as "LDC and LLDC" (¶22)</extracomment>
            <translation>État prioritaire : %1</translation>
        </message>
        <message>
            <source>Score %1</source>
            <translation>Note %1</translation>
        </message>
        <message>
            <source>No reviewer score yet</source>
            <translation>Aucune note d’évaluateur pour l’instant</translation>
        </message>
        <message>
            <source>Excluded by you</source>
            <translation>Exclu par vous</translation>
        </message>
        <message>
            <source>Not eligible: %1</source>
            <extracomment>%1 lists the failing criteria, such as "¶21(a) and ¶21(c)"</extracomment>
            <translation>Non admissible : %1</translation>
        </message>
        <message>
            <source>Not screened yet: assess %1</source>
            <extracomment>%1 lists the criteria not yet assessed, such as "¶21(b) and ¶21(d)"</extracomment>
            <translation>Pas encore examiné : évaluer %1</translation>
        </message>
        <message>
            <source>Would need a budget of %1 more</source>
            <translation>Nécessiterait un budget supplémentaire de %1</translation>
        </message>
        <message>
            <source>The pinned applicants take the whole slate</source>
            <translation>Les candidats épinglés occupent toute la liste</translation>
        </message>
        <message>
            <source>%1 already has a delegate and other States wait</source>
            <translation>%1 a déjà un délégué et d’autres États attendent</translation>
        </message>
        <message>
            <source>Every seat is taken by a pinned applicant</source>
            <translation>Toutes les places sont occupées par des candidats épinglés</translation>
        </message>
        <message>
            <source>Taking them would leave %1 without a delegate</source>
            <translation>Les retenir laisserait %1 sans délégué</translation>
        </message>
        <message>
            <source>Taking them would leave fewer than half of the seats to women</source>
            <translation>Les retenir laisserait moins de la moitié des places aux femmes</translation>
        </message>
        <message>
            <source>Taking them would leave %1 uncovered</source>
            <translation>Les retenir laisserait %1 sans représentation</translation>
        </message>
        <message>
            <source>Taking them would mean one delegate fewer from LDC, LLDC and SIDS</source>
            <translation>Les retenir signifierait un délégué de moins issu des PMA, des PDSL et des PEID</translation>
        </message>
        <message>
            <source>A higher score than %1 (the lowest selected with the same profile)</source>
            <translation>Une note plus élevée que %1 (la plus basse parmi les candidats retenus ayant le même profil)</translation>
        </message>
        <message>
            <source>A higher score than %1 (the score of %2, whose place they would take)</source>
            <translation>Une note plus élevée que %1 (la note de %2, dont la place serait prise)</translation>
        </message>
        <message>
            <source>Same standing as %1, who costs %2 less</source>
            <translation>Même classement que %1, dont le coût est inférieur de %2</translation>
        </message>
        <message>
            <source>Same standing and cost as %1, whose application came first</source>
            <translation>Même classement et même coût que %1, dont la demande est arrivée en premier</translation>
        </message>
        <message>
            <source>none</source>
            <extracomment>No regional group is covered by the slate</extracomment>
            <translation>aucun</translation>
        </message>
        <message>
            <source>Seats filled</source>
            <translation>Places pourvues</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <source>States</source>
            <translation>États</translation>
        </message>
        <message>
            <source>Total cost</source>
            <translation>Coût total</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>%1 (%2 left)</source>
            <translation>%1 (reste %2)</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Femmes</translation>
        </message>
        <message>
            <source>%1 (%2 %)</source>
            <translation>%1 (%2 %)</translation>
        </message>
        <message>
            <source>Regional groups covered</source>
            <translation>Groupes régionaux représentés</translation>
        </message>
        <message>
            <source>%1 of 5: %2</source>
            <translation>%1 sur 5 : %2</translation>
        </message>
        <message>
            <source>From LDC, LLDC or SIDS</source>
            <translation>Issus des PMA, des PDSL ou des PEID</translation>
        </message>
        <message>
            <source>The seats must be a whole number from 1 to %1.</source>
            <translation>Le nombre de places doit être un nombre entier compris entre 1 et %1.</translation>
        </message>
        <message>
            <source>The budget must be an amount in USD of 0 or more.</source>
            <translation>Le budget doit être un montant en USD égal ou supérieur à 0.</translation>
        </message>
        <message>
            <source>Choose the meeting the applicant would attend.</source>
            <translation>Choisissez la réunion à laquelle le candidat participerait.</translation>
        </message>
        <message>
            <source>Enter the applicant's name.</source>
            <translation>Saisissez le nom du candidat.</translation>
        </message>
        <message>
            <source>Choose the applicant's gender, or “Other or undisclosed”.</source>
            <translation>Choisissez le genre du candidat, ou « Autre ou non précisé ».</translation>
        </message>
        <message>
            <source>Choose the applicant's State from the list.</source>
            <translation>Choisissez l’État du candidat dans la liste.</translation>
        </message>
        <message>
            <source>The cost you set must be an amount in USD of 0 or more.</source>
            <translation>Le coût que vous fixez doit être un montant en USD égal ou supérieur à 0.</translation>
        </message>
        <message>
            <source>Say why the cost differs from the meeting's norms.</source>
            <translation>Indiquez pourquoi le coût s’écarte des normes de la réunion.</translation>
        </message>
        <message>
            <source>The score must be a whole number from 0 to 100.</source>
            <translation>La note doit être un nombre entier compris entre 0 et 100.</translation>
        </message>
        <message>
            <source>The actual cost must be an amount in USD of 0 or more.</source>
            <translation>Le coût effectif doit être un montant en USD égal ou supérieur à 0.</translation>
        </message>
        <message>
            <source>not every criterion of ¶21 is assessed yet</source>
            <translation>tous les critères du ¶21 n’ont pas encore été évalués</translation>
        </message>
        <message>
            <source>This application cannot be recommended: %1.</source>
            <extracomment>%1 is the reason, such as "¶21(c): not able to travel and attend during the sessions"</extracomment>
            <translation>Cette demande ne peut pas être recommandée : %1.</translation>
        </message>
        <message>
            <source>Choose the meeting and the State to estimate the cost.</source>
            <translation>Choisissez la réunion et l’État pour estimer le coût.</translation>
        </message>
        <message>
            <source>The sponsorship is no longer in the fund's database.</source>
            <translation>Le parrainage ne figure plus dans la base de données du fonds.</translation>
        </message>
        <message>
            <source>The activity is no longer in the fund's database.</source>
            <translation>L’activité ne figure plus dans la base de données du fonds.</translation>
        </message>
        <message>
            <source>An application cannot move from “%1” to “%2”: “%1” is a final status.</source>
            <extracomment>%1 and %2 are statuses of an application</extracomment>
            <translation>Une demande ne peut pas passer du statut « %1 » au statut « %2 » : « %1 » est un statut final.</translation>
        </message>
        <message>
            <source>An application cannot move from “%1” to “%2”. From “%1” it can move only to %3.</source>
            <extracomment>%1 and %2 are statuses; %3 lists the statuses allowed next, separated by commas</extracomment>
            <translation>Une demande ne peut pas passer du statut « %1 » au statut « %2 ». Depuis « %1 », elle peut seulement passer à %3.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Choose your profile before changing an application's status.</source>
            <translation>Choisissez votre profil avant de modifier le statut d’une demande.</translation>
        </message>
        <message>
            <source>Only a profile with the role “%2” can record “%1”; the current profile has the role “%3”.</source>
            <extracomment>%1 is a status, %2 and %3 are role names</extracomment>
            <translation>Seul un profil ayant le rôle « %2 » peut enregistrer le statut « %1 » ; le profil actuel a le rôle « %3 ».</translation>
        </message>
        <message>
            <source>not every ¶21 criterion has been assessed</source>
            <translation>tous les critères du ¶21 n’ont pas été évalués</translation>
        </message>
        <message>
            <source>This sponsorship cannot be “%1”: %2.</source>
            <extracomment>%1 is a status; %2 lists the failed ¶21 criteria, separated by semicolons</extracomment>
            <translation>Cette demande de parrainage ne peut pas passer au statut « %1 » : %2.</translation>
        </message>
        <message>
            <source>; </source>
            <translation> ; </translation>
        </message>
        <message>
            <source>%1 recommended this application, so %1 cannot also approve or reject it. Another profile of the High Representative's office must decide.</source>
            <extracomment>%1 is the name of a person's profile</extracomment>
            <translation>%1 a recommandé cette demande ; %1 ne peut donc pas également l’approuver ou la rejeter. Un autre profil du Bureau de la Haute-Représentante doit prendre la décision.</translation>
        </message>
        <message>
            <source>Enter the written justification for “%1”: it is required both for recommending and for not recommending.</source>
            <extracomment>%1 is a status such as "Recommended"</extracomment>
            <translation>Saisissez la justification écrite du statut « %1 » : elle est requise aussi bien pour recommander que pour ne pas recommander.</translation>
        </message>
        <message>
            <source>The amount “%1” has its thousands grouped wrongly: use groups of three digits, as in %2.</source>
            <translation>Les milliers du montant « %1 » sont mal groupés : utilisez des groupes de trois chiffres, comme dans %2.</translation>
        </message>
        <message>
            <source>Entry %1 of the audit trail was never sealed: it was added outside FundDesk.</source>
            <extracomment>%1 is the number of an entry of the audit trail</extracomment>
            <translation>L’entrée %1 de la piste d’audit n’a jamais été scellée : elle a été ajoutée en dehors de FundDesk.</translation>
        </message>
        <message>
            <source>The fund's database “%1” could not be read: check that you may read it and that the disk is not full.</source>
            <translation>La base de données du fonds « %1 » n’a pas pu être lue : vérifiez que vous avez le droit de la lire et que le disque n’est pas plein.</translation>
        </message>
        <message>
            <source>The fund's database “%1” was deleted, moved or replaced while FundDesk had it open. Nothing more is saved to it: back up now to keep what is open, then open the fund again.</source>
            <translation>La base de données du fonds « %1 » a été supprimée, déplacée ou remplacée alors que FundDesk l’avait ouverte. Plus rien n’y sera enregistré : sauvegardez maintenant pour conserver ce qui est ouvert, puis rouvrez le fonds.</translation>
        </message>
        <message>
            <source>The fund's database “%1” is read-only: FundDesk cannot save changes to it. Open it read-only, or make the file writable.</source>
            <translation>La base de données du fonds « %1 » est en lecture seule : FundDesk ne peut pas y enregistrer de modifications. Ouvrez-la en lecture seule, ou rendez le fichier accessible en écriture.</translation>
        </message>
        <message>
            <source>%1 on %2, process %3, since %4 UTC</source>
            <extracomment>who holds a fund open: %1 user name, %2 computer name, %3 process number, %4 date and time</extracomment>
            <translation>%1 sur %2, processus %3, depuis le %4 UTC</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>“%1” is already open for changes in another FundDesk (%2). Close it there first, or open the fund read-only.</source>
            <extracomment>%1 the fund's file, %2 who has it open (user, computer, process, since when)</extracomment>
            <translation>« %1 » est déjà ouvert en modification dans une autre instance de FundDesk (%2). Fermez-le d’abord dans celle-ci, ou ouvrez le fonds en lecture seule.</translation>
        </message>
        <message>
            <source>FundDesk could not write its lock file beside “%1”. Check that the folder is writable and the disk is not full, or open the fund read-only.</source>
            <translation>FundDesk n’a pas pu écrire son fichier de verrouillage à côté de « %1 ». Vérifiez que le dossier est accessible en écriture et que le disque n’est pas plein, ou ouvrez le fonds en lecture seule.</translation>
        </message>
        <message>
            <source>This receipt comes with conditions. Confirm for the whole file that no condition restricts the money to specific activities (no earmarking, ¶19), or record this receipt in the contribution form.</source>
            <extracomment>¶19 is a paragraph of the report that set up the fund</extracomment>
            <translation>Cet encaissement est assorti de conditions. Confirmez pour l’ensemble du fichier qu’aucune condition ne réserve les fonds à des activités déterminées (pas de préaffectation, ¶19), ou enregistrez cet encaissement dans le formulaire de contribution.</translation>
        </message>
        <message>
            <source>%1 is not a State of this kind. Write %2 in donor_kind.</source>
            <extracomment>%1 is a country code such as FRA, %2 the right donor_kind value</extracomment>
            <translation>%1 n’est pas un État de cette catégorie. Indiquez %2 dans donor_kind.</translation>
        </message>
        <message>
            <source>The UN's due diligence declined %1, so the fund cannot accept its money (¶14). Remove the row.</source>
            <extracomment>%1 is the donor's name; ¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>La procédure de diligence raisonnable de l’ONU a abouti à un refus pour %1 ; le fonds ne peut donc pas accepter ses fonds (¶14). Supprimez la ligne.</translation>
        </message>
        <message>
            <source>%1 has not been cleared by the UN's due diligence, so its money cannot be recorded as received (¶14). Record the clearance on the donor first, or import the row as a pledge.</source>
            <extracomment>%1 is the donor's name; ¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>%1 n’a pas été validé par la procédure de diligence raisonnable de l’ONU ; ses fonds ne peuvent donc pas être enregistrés comme reçus (¶14). Enregistrez d’abord la validation pour ce donateur, ou importez la ligne comme annonce de contribution.</translation>
        </message>
        <message>
            <source>A receipt cannot be dated in the future: %1 is after today, %2. Correct the date, or import the row as a pledge.</source>
            <extracomment>%1 and %2 are dates such as 2026-03-31</extracomment>
            <translation>Un encaissement ne peut pas être daté dans le futur : %1 est postérieur à aujourd’hui, %2. Corrigez la date, ou importez la ligne comme annonce de contribution.</translation>
        </message>
        <message>
            <source>The year %1 is closed, so nothing dated in it can be recorded. Correct the date, or reopen the year first.</source>
            <extracomment>%1 is a year such as 2025</extracomment>
            <translation>L’exercice %1 est clos ; rien de ce qui est daté de cet exercice ne peut donc être enregistré. Corrigez la date, ou rouvrez d’abord l’exercice.</translation>
        </message>
        <message>
            <source>The amount is in US dollars, so its usd_rate must be empty, not “%1”.</source>
            <extracomment>%1 is what the file holds as a rate</extracomment>
            <translation>Le montant est en dollars des États-Unis ; la colonne usd_rate doit donc être vide, et non contenir « %1 ».</translation>
        </message>
        <message>
            <source>The usd_rate column is empty. Write how many US dollars one %1 was worth on the day, such as 1.0825.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>La colonne usd_rate est vide. Indiquez combien de dollars des États-Unis valait un %1 ce jour-là, par exemple 1.0825.</translation>
        </message>
        <message>
            <source>“%1” is not an exchange rate. Write US dollars per unit with a dot and at most 9 decimals, such as 1.0825.</source>
            <extracomment>%1 is what the file holds as a rate</extracomment>
            <translation>« %1 » n’est pas un taux de change. Indiquez le nombre de dollars des États-Unis par unité, avec un point et au plus 9 décimales, par exemple 1.0825.</translation>
        </message>
        <message>
            <source>This row repeats line %1: the reference “%2” is used twice. Remove the repeated row, or correct the reference.</source>
            <extracomment>%1 is a line number, %2 an activity's reference such as CB-2026-014
----------
%1 is a line number, %2 a contribution's reference</extracomment>
            <translation>Cette ligne répète la ligne %1 : la référence « %2 » est utilisée deux fois. Supprimez la ligne répétée, ou corrigez la référence.</translation>
        </message>
        <message>
            <source>The fund already has a contribution with the reference “%1”. Remove the row if it was imported before, or correct the reference.</source>
            <extracomment>%1 is a contribution's reference</extracomment>
            <translation>Le fonds a déjà une contribution portant la référence « %1 ». Supprimez la ligne si elle a déjà été importée, ou corrigez la référence.</translation>
        </message>
        <message>
            <source>This row repeats line %1: same date, donor, type and amount. Remove the repeated row, or give each its reference to tell them apart.</source>
            <extracomment>%1 is a line number</extracomment>
            <translation>Cette ligne répète la ligne %1 : même date, même donateur, même type et même montant. Supprimez la ligne répétée, ou attribuez à chacune sa propre référence pour les distinguer.</translation>
        </message>
        <message>
            <source>The fund already has a contribution of this donor with the same date, type and amount. Remove the row if it was imported before, or give it a reference to tell the two apart.</source>
            <translation>Le fonds a déjà une contribution de ce donateur ayant la même date, le même type et le même montant. Supprimez la ligne si elle a déjà été importée, ou attribuez-lui une référence pour distinguer les deux.</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was written.</source>
            <translation>L’importation a été annulée ; rien n’a été écrit.</translation>
        </message>
        <message>
            <source>The file is empty. Choose a CSV file with a header line and at least one row, or write a template first.</source>
            <translation>Le fichier est vide. Choisissez un fichier CSV comportant une ligne d’en-tête et au moins une ligne de données, ou écrivez d’abord un modèle.</translation>
        </message>
        <message>
            <source>Line %1: a field is longer than %2 characters. Check that the quotes of the field are closed.</source>
            <extracomment>%1 is a line number, %2 a number of characters</extracomment>
            <translation>Ligne %1 : un champ dépasse %2 caractères. Vérifiez que les guillemets du champ sont fermés.</translation>
        </message>
        <message>
            <source>Line %1 has more than %2 fields. Check that the file is a CSV export of a table.</source>
            <extracomment>%1 is a line number, %2 a number of fields</extracomment>
            <translation>La ligne %1 comporte plus de %2 champs. Vérifiez que le fichier est bien un tableau exporté au format CSV.</translation>
        </message>
        <message>
            <source>Line %1: a field holds a double quote but does not start with one. Put the field in quotes and double the quote inside it ("").</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>Ligne %1 : un champ contient un guillemet droit mais ne commence pas par un guillemet. Placez le champ entre guillemets et doublez le guillemet qu’il contient ("").</translation>
        </message>
        <message>
            <source>Line %1: a quoted field is never closed. Add the closing double quote.</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>Ligne %1 : un champ entre guillemets n’est jamais fermé. Ajoutez le guillemet fermant.</translation>
        </message>
        <message>
            <source>Line %1: a quoted field is followed by other text before the next separator. Put the whole field in quotes, or remove the text after the closing quote.</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>Ligne %1 : un champ entre guillemets est suivi d’un autre texte avant le séparateur suivant. Placez l’ensemble du champ entre guillemets, ou supprimez le texte situé après le guillemet fermant.</translation>
        </message>
        <message>
            <source>The file is larger than %1 MB. Split it into smaller files.</source>
            <extracomment>%1 is a size in megabytes</extracomment>
            <translation>Le fichier dépasse %1 Mo. Divisez-le en fichiers plus petits.</translation>
        </message>
        <message>
            <source>The file holds binary data (a NUL byte on line %1), so it is not a CSV text file. Save the table as “CSV UTF-8” and choose that file.</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>Le fichier contient des données binaires (un octet NUL à la ligne %1) ; ce n’est donc pas un fichier texte CSV. Enregistrez le tableau au format « CSV UTF-8 » et choisissez ce fichier.</translation>
        </message>
        <message>
            <source>Line %1 is not valid UTF-8 text. Save the table as “CSV UTF-8” and choose that file.</source>
            <extracomment>%1 is a line number of the file</extracomment>
            <translation>La ligne %1 n’est pas un texte UTF-8 valide. Enregistrez le tableau au format « CSV UTF-8 » et choisissez ce fichier.</translation>
        </message>
        <message>
            <source>Line %1 holds a control character (%2), so the file is not a CSV text file. Save the table as “CSV UTF-8” and choose that file.</source>
            <extracomment>%1 is a line number, %2 a character code such as U+0007</extracomment>
            <translation>La ligne %1 contient un caractère de contrôle (%2) ; le fichier n’est donc pas un fichier texte CSV. Enregistrez le tableau au format « CSV UTF-8 » et choisissez ce fichier.</translation>
        </message>
        <message>
            <source>The file “%1” could not be opened. Check its name and that you may read it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>Le fichier « %1 » n’a pas pu être ouvert. Vérifiez son nom et que vous avez le droit de le lire.</translation>
        </message>
        <message>
            <source>This row repeats the donor of line %1 (%2). Remove one of the rows.</source>
            <extracomment>%1 is a line number, %2 a donor's name or a country code</extracomment>
            <translation>Cette ligne répète le donateur de la ligne %1 (%2). Supprimez l’une des deux lignes.</translation>
        </message>
        <message>
            <source>The fund already has the donor %1. Remove the row; edit the donor in FundDesk to change it.</source>
            <extracomment>%1 is a donor's name or a country code</extracomment>
            <translation>Le fonds a déjà le donateur %1. Supprimez la ligne ; pour modifier ce donateur, faites-le dans FundDesk.</translation>
        </message>
        <message>
            <source>A donor of the kind %1 needs no due-diligence clearance. Write not_required, or leave the column empty.</source>
            <extracomment>%1 is a donor_kind value such as member_state</extracomment>
            <translation>Un donateur de la catégorie %1 n’a pas besoin de validation au titre de la diligence raisonnable. Indiquez not_required, ou laissez la colonne vide.</translation>
        </message>
        <message>
            <source>A non-governmental donor needs the UN's due-diligence clearance (¶14). Write pending, cleared or declined.</source>
            <extracomment>¶14 is a paragraph of the report that set up the fund</extracomment>
            <translation>Un donateur non gouvernemental doit être validé par la procédure de diligence raisonnable de l’ONU (¶14). Indiquez pending, cleared ou declined.</translation>
        </message>
        <message>
            <source>Write the date of the due-diligence decision as YYYY-MM-DD.</source>
            <translation>Indiquez la date de la décision relative à la diligence raisonnable au format AAAA-MM-JJ.</translation>
        </message>
        <message>
            <source>The file has a header but no rows. Add the records below the header line.</source>
            <translation>Le fichier comporte un en-tête mais aucune ligne de données. Ajoutez les enregistrements sous la ligne d’en-tête.</translation>
        </message>
        <message numerus="yes">
            <source>The file has %n problem(s), so nothing was imported. Correct them and import the file again.</source>
            <extracomment>%n is the number of problems found in the file</extracomment>
            <translation>
                <numerusform>Le fichier comporte %n problème ; rien n’a donc été importé. Corrigez-le et importez de nouveau le fichier.</numerusform>
                <numerusform>Le fichier comporte %n problèmes ; rien n’a donc été importé. Corrigez-les et importez de nouveau le fichier.</numerusform>
            </translation>
        </message>
        <message>
            <source>The column “%1” is not one FundDesk knows. Rename or remove it; the columns are: %2.</source>
            <extracomment>%1 is a column name found in the file, %2 the list of the expected columns</extracomment>
            <translation>La colonne « %1 » n’est pas connue de FundDesk. Renommez-la ou supprimez-la ; les colonnes sont les suivantes : %2.</translation>
        </message>
        <message>
            <source>The column “%1” appears twice. Remove one of them.</source>
            <extracomment>%1 is a column name</extracomment>
            <translation>La colonne « %1 » figure deux fois. Supprimez l’une des deux.</translation>
        </message>
        <message>
            <source>The column “%1” is missing. Add it to the header line; the columns are: %2.</source>
            <extracomment>%1 is a column name, %2 the list of the expected columns</extracomment>
            <translation>La colonne « %1 » est manquante. Ajoutez-la à la ligne d’en-tête ; les colonnes sont les suivantes : %2.</translation>
        </message>
        <message>
            <source>Donors</source>
            <translation>Donateurs</translation>
        </message>
        <message>
            <source>Contributions</source>
            <translation>Contributions</translation>
        </message>
        <message>
            <source>Sponsorship applications</source>
            <extracomment>sponsorship applications of delegates, as a kind of CSV file</extracomment>
            <translation>Demandes de parrainage</translation>
        </message>
        <message>
            <source>Activity applications</source>
            <extracomment>capacity-building activity applications, as a kind of CSV file</extracomment>
            <translation>Demandes d’activité</translation>
        </message>
        <message>
            <source>This row has %1 fields but the header has %2. Check the separators and quotes of the row.</source>
            <translation>Cette ligne comporte %1 champs, mais l’en-tête en compte %2. Vérifiez les séparateurs et les guillemets de la ligne.</translation>
        </message>
        <message>
            <source>The “%1” column is empty. Fill it in.</source>
            <extracomment>%1 is a column name of a CSV file</extracomment>
            <translation>La colonne « %1 » est vide. Remplissez-la.</translation>
        </message>
        <message>
            <source>The “%1” column is %2 characters long. Shorten it to at most %3.</source>
            <extracomment>%1 is a column name, %2 and %3 counts of characters</extracomment>
            <translation>La valeur de la colonne « %1 » compte %2 caractères. Raccourcissez-la à %3 caractères au maximum.</translation>
        </message>
        <message>
            <source>“%1” is not a date. Write dates as YYYY-MM-DD, such as 2026-03-31.</source>
            <extracomment>%1 is what the file holds instead of a date</extracomment>
            <translation>« %1 » n’est pas une date. Indiquez les dates au format AAAA-MM-JJ, par exemple 2026-03-31.</translation>
        </message>
        <message>
            <source>“%1” is not a value of the “%2” column. Write one of: %3.</source>
            <extracomment>%1 is what the file holds, %2 the column name, %3 the list of allowed words</extracomment>
            <translation>« %1 » n’est pas une valeur admise dans la colonne « %2 ». Indiquez l’une des valeurs suivantes : %3.</translation>
        </message>
        <message>
            <source>“%1” is not an ISO 4217 currency code. Write a code such as USD, EUR or JPY.</source>
            <extracomment>%1 is what the file holds instead of a currency code</extracomment>
            <translation>« %1 » n’est pas un code de devise ISO 4217. Indiquez un code tel que USD, EUR ou JPY.</translation>
        </message>
        <message>
            <source>“%1” is not an amount above zero in %2. Write a number with a dot and no thousands separator, such as 250000.00.</source>
            <extracomment>%1 is what the file holds, %2 a currency code</extracomment>
            <translation>« %1 » n’est pas un montant supérieur à zéro en %2. Indiquez un nombre avec un point et sans séparateur de milliers, par exemple 250000.00.</translation>
        </message>
        <message>
            <source>The “%1” column is empty. Write the ISO 3166 alpha-3 code of the State, such as FRA.</source>
            <extracomment>%1 is a column name of a CSV file</extracomment>
            <translation>La colonne « %1 » est vide. Indiquez le code ISO 3166 alpha-3 de l’État, par exemple FRA.</translation>
        </message>
        <message>
            <source>“%1” is not the code of a State of the reference list. Write the ISO 3166 alpha-3 code, such as FRA or KEN.</source>
            <extracomment>%1 is what the file holds instead of a country code</extracomment>
            <translation>« %1 » n’est pas le code d’un État de la liste de référence. Indiquez le code ISO 3166 alpha-3, par exemple FRA ou KEN.</translation>
        </message>
        <message>
            <source>Application summary</source>
            <translation>Résumé de la demande</translation>
        </message>
        <message>
            <source>Applicant State</source>
            <translation>État demandeur</translation>
        </message>
        <message>
            <source>Co-applicants</source>
            <translation>Codemandeurs</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Status</source>
            <extracomment>column of the key figures table: a remark such as the operational status</extracomment>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Co-funding</source>
            <translation>Cofinancement</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <source>Expected outputs</source>
            <translation>Produits attendus</translation>
        </message>
        <message>
            <source>Needs assessment (¶25a)</source>
            <translation>Évaluation des besoins (¶25a)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>%1 a heading such as "Objectives", %2 the applicant's text</extracomment>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Focus areas and partners</source>
            <translation>Domaines prioritaires et partenaires</translation>
        </message>
        <message>
            <source>¶26</source>
            <translation>¶26</translation>
        </message>
        <message>
            <source>Focus area</source>
            <extracomment>column: a ¶26 focus area, such as "(c) incident response"</extracomment>
            <translation>Domaine prioritaire</translation>
        </message>
        <message>
            <source>No implementing partner is named (¶24).</source>
            <translation>Aucun partenaire d’exécution n’est désigné (¶24).</translation>
        </message>
        <message>
            <source>Implementing partner</source>
            <translation>Partenaire d’exécution</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Review scores (¶25)</source>
            <translation>Notes d’évaluation (¶25)</translation>
        </message>
        <message>
            <source>Weighted</source>
            <translation>Pondérée</translation>
        </message>
        <message>
            <source>Declaration</source>
            <translation>Déclaration</translation>
        </message>
        <message>
            <source>Recused: conflict of interest (%1)</source>
            <translation>Récusé : conflit d’intérêts (%1)</translation>
        </message>
        <message>
            <source>No conflict</source>
            <translation>Aucun conflit</translation>
        </message>
        <message>
            <source>Not scored yet</source>
            <translation>Pas encore noté</translation>
        </message>
        <message>
            <source>Aggregate score (0–5)</source>
            <translation>Note globale (0–5)</translation>
        </message>
        <message>
            <source>Reviewers who scored</source>
            <translation>Évaluateurs ayant noté</translation>
        </message>
        <message>
            <source>Reviewers recused</source>
            <translation>Évaluateurs récusés</translation>
        </message>
        <message>
            <source>Budget by year</source>
            <translation>Budget par année</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Amount requested</source>
            <translation>Montant demandé</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Governance consultation (¶18)</source>
            <translation>Consultation de la structure de gouvernance (¶18)</translation>
        </message>
        <message>
            <source>The governance structure has not been consulted on this application yet.</source>
            <translation>La structure de gouvernance n’a pas encore été consultée sur cette demande.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Avis</translation>
        </message>
        <message>
            <source>UN Voluntary Fund for ICT-security capacity building</source>
            <translation>Fonds de contributions volontaires des Nations Unies pour le renforcement des capacités en matière de sécurité des TIC</translation>
        </message>
        <message>
            <source>Annual report to donors, %1 (¶27)</source>
            <extracomment>%1 a year</extracomment>
            <translation>Rapport annuel aux donateurs, %1 (¶27)</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <extracomment>page footer, %1 this page, %2 the number of pages</extracomment>
            <translation>Page %1 sur %2</translation>
        </message>
        <message>
            <source>Made %1 UTC · record SHA-256 %2</source>
            <extracomment>document footer: %1 date and time made (UTC), %2 the SHA-256 of the record shown</extracomment>
            <translation>Établi le %1 UTC · SHA-256 de l’enregistrement : %2</translation>
        </message>
        <message>
            <source>Contributions received</source>
            <translation>Contributions reçues</translation>
        </message>
        <message>
            <source>Contributions received in the year, by donor. Donors who asked for anonymity are shown as such; those who asked not to be published are counted only in one aggregate line (¶17).</source>
            <translation>Contributions reçues pendant l’année, par donateur. Les donateurs ayant demandé l’anonymat apparaissent comme tels ; ceux qui ont demandé à ne pas être publiés ne sont comptabilisés que dans une ligne globale (¶17).</translation>
        </message>
        <message>
            <source>Contributions by donor (USD)</source>
            <translation>Contributions par donateur (USD)</translation>
        </message>
        <message>
            <source>Sponsorship of representatives and experts</source>
            <translation>Parrainage de représentants et d’experts</translation>
        </message>
        <message>
            <source>Delegates sponsored</source>
            <translation>Délégués parrainés</translation>
        </message>
        <message>
            <source>Of whom women</source>
            <translation>Dont femmes</translation>
        </message>
        <message>
            <source>Share of women</source>
            <translation>Proportion de femmes</translation>
        </message>
        <message>
            <source>Delegates</source>
            <translation>Délégués</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Priority group (¶22)</source>
            <translation>Groupe prioritaire (¶22)</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activité</translation>
        </message>
        <message>
            <source>Approved (USD)</source>
            <translation>Approuvé (USD)</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Capacity-building activities funded and their results</source>
            <translation>Activités de renforcement des capacités financées et leurs résultats</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>USD</source>
            <translation>USD</translation>
        </message>
        <message>
            <source>Opening balance, 1 January</source>
            <translation>Solde d’ouverture au 1er janvier</translation>
        </message>
        <message>
            <source>Other income</source>
            <extracomment>income other than contributions, such as interest; none is recorded</extracomment>
            <translation>Autres recettes</translation>
        </message>
        <message>
            <source>Disbursed for sponsorships of delegates</source>
            <translation>Décaissé au titre du parrainage de délégués</translation>
        </message>
        <message>
            <source>Disbursed for capacity-building activities</source>
            <translation>Décaissé au titre des activités de renforcement des capacités</translation>
        </message>
        <message>
            <source>Staff costs charged to contributions (¶15)</source>
            <translation>Dépenses de personnel imputées sur les contributions (¶15)</translation>
        </message>
        <message>
            <source>Closing balance, 31 December</source>
            <translation>Solde de clôture au 31 décembre</translation>
        </message>
        <message>
            <source>Disbursed (USD)</source>
            <translation>Décaissé (USD)</translation>
        </message>
        <message>
            <source>Disbursements by region (USD)</source>
            <translation>Décaissements par région (USD)</translation>
        </message>
        <message>
            <source>Source and use of funds</source>
            <translation>Provenance et utilisation des fonds</translation>
        </message>
        <message>
            <source>In aggregate, in USD. The fund's two posts are charged to voluntary contributions (¶15).</source>
            <translation>Montants globaux, en USD. Les deux postes du fonds sont imputés sur les contributions volontaires (¶15).</translation>
        </message>
        <message>
            <source>In aggregate, in USD. The fund's two posts are paid from the regular budget, so contributions went only to sponsorships and activities (¶15).</source>
            <translation>Montants globaux, en USD. Les deux postes du fonds sont financés au moyen du budget ordinaire ; les contributions ont donc été consacrées uniquement aux parrainages et aux activités (¶15).</translation>
        </message>
        <message>
            <source>Applications by status, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Demandes par statut, %1</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Clé</translation>
        </message>
        <message>
            <source>Sponsorships</source>
            <translation>Parrainages</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activités</translation>
        </message>
        <message>
            <source>No activity or sponsorship has the reference “%1”. Give an activity's reference such as CB-2026-014, or SP- and a sponsorship's number such as SP-12.</source>
            <translation>Aucune activité ni aucun parrainage ne porte la référence « %1 ». Indiquez la référence d’une activité, par exemple CB-2026-014, ou SP- suivi du numéro d’un parrainage, par exemple SP-12.</translation>
        </message>
        <message>
            <source>Approval packet: activity %1</source>
            <extracomment>%1 an activity's reference</extracomment>
            <translation>Dossier d’approbation : activité %1</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>Approval packet: sponsorship %1</source>
            <extracomment>%1 a sponsorship's reference such as SP-12</extracomment>
            <translation>Dossier d’approbation : parrainage %1</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Demandeur</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Coût</translation>
        </message>
        <message>
            <source>%1 — %2, %3</source>
            <extracomment>%1 sponsorship reference, %2 delegate's name, %3 State</extracomment>
            <translation>%1 — %2, %3</translation>
        </message>
        <message>
            <source>The slate</source>
            <translation>La liste</translation>
        </message>
        <message numerus="yes">
            <source>%n delegate(s) recommended or approved for this meeting.</source>
            <translation>
                <numerusform>%n délégué recommandé ou approuvé pour cette réunion.</numerusform>
                <numerusform>%n délégués recommandés ou approuvés pour cette réunion.</numerusform>
            </translation>
        </message>
        <message>
            <source>Approval packet: slate for %1</source>
            <extracomment>%1 a meeting's reference</extracomment>
            <translation>Dossier d’approbation : liste pour %1</translation>
        </message>
        <message>
            <source>Meeting</source>
            <extracomment>%1 meeting reference, %2 its name, %3 its city</extracomment>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Premier jour</translation>
        </message>
        <message>
            <source>Contributions by kind of donor, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Contributions par catégorie de donateur, %1</translation>
        </message>
        <message>
            <source>Kind of donor</source>
            <translation>Catégorie de donateur</translation>
        </message>
        <message>
            <source>Received (USD)</source>
            <translation>Reçu (USD)</translation>
        </message>
        <message>
            <source>Pledged (USD)</source>
            <translation>Annoncé (USD)</translation>
        </message>
        <message>
            <source>Contributions by donor, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Contributions par donateur, %1</translation>
        </message>
        <message>
            <source>Donor</source>
            <translation>Donateur</translation>
        </message>
        <message>
            <source>Key figures of the year (¶16)</source>
            <translation>Chiffres clés de l’année (¶16)</translation>
        </message>
        <message>
            <source>Fund size month by month against USD 2M / 5M and the threshold</source>
            <translation>Taille du fonds mois par mois par rapport aux scénarios de 2 M / 5 M USD et au seuil</translation>
        </message>
        <message>
            <source>Fund size year by year against USD 2M / 5M and the threshold</source>
            <translation>Taille du fonds année par année par rapport aux scénarios de 2 M / 5 M USD et au seuil</translation>
        </message>
        <message>
            <source>Seats, activities and months the money buys, beside ¶20</source>
            <translation>Places, activités et mois que les fonds permettent de financer, au regard du ¶20</translation>
        </message>
        <message>
            <source>Disbursements and commitments by M49 region</source>
            <translation>Décaissements et engagements par région M49</translation>
        </message>
        <message>
            <source>Disbursements and commitments by UN regional group</source>
            <translation>Décaissements et engagements par groupe régional de l’ONU</translation>
        </message>
        <message>
            <source>Receipts and pledges by kind of donor</source>
            <translation>Encaissements et annonces de contribution par catégorie de donateur</translation>
        </message>
        <message>
            <source>Receipts and pledges by donor</source>
            <translation>Encaissements et annonces de contribution par donateur</translation>
        </message>
        <message>
            <source>Share of women among sponsored delegates, per meeting</source>
            <translation>Proportion de femmes parmi les délégués parrainés, par réunion</translation>
        </message>
        <message>
            <source>Sponsorship and activity applications by status</source>
            <translation>Demandes de parrainage et d’activité par statut</translation>
        </message>
        <message>
            <source>Activity funding by ¶26 focus area</source>
            <translation>Financement des activités par domaine prioritaire du ¶26</translation>
        </message>
        <message>
            <source>Sponsored delegates from LDC, LLDC and SIDS</source>
            <translation>Délégués parrainés issus des PMA, des PDSL et des PEID</translation>
        </message>
        <message>
            <source>Activity funding by focus area, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Financement des activités par domaine prioritaire, %1</translation>
        </message>
        <message>
            <source>Funding (USD)</source>
            <translation>Financement (USD)</translation>
        </message>
        <message>
            <source>Fund size through %1 against the ¶20 scenarios</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Taille du fonds jusqu’en %1 par rapport aux scénarios du ¶20</translation>
        </message>
        <message>
            <source>Month</source>
            <extracomment>column of the fund size table: the month, as YYYY-MM</extracomment>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Fund size by year, %1–%2, against the ¶20 scenarios</source>
            <extracomment>%1 and %2 are years</extracomment>
            <translation>Taille du fonds par année, %1–%2, par rapport aux scénarios du ¶20</translation>
        </message>
        <message>
            <source>Received + outstanding pledges (USD)</source>
            <extracomment>receipts plus pledges not yet paid, in US dollars</extracomment>
            <translation>Reçu + annonces en attente (USD)</translation>
        </message>
        <message>
            <source>Small scale, USD 2M</source>
            <extracomment>¶20 reference line: USD 2 million a year</extracomment>
            <translation>Petite échelle, 2 M USD</translation>
        </message>
        <message>
            <source>Medium scale, USD 5M</source>
            <extracomment>¶20 reference line: USD 5 million a year</extracomment>
            <translation>Échelle moyenne, 5 M USD</translation>
        </message>
        <message>
            <source>Operational threshold (USD)</source>
            <translation>Seuil opérationnel (USD)</translation>
        </message>
        <message>
            <source>Key figures, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Chiffres clés, %1</translation>
        </message>
        <message>
            <source>Figure</source>
            <extracomment>column of the key figures table: the name of a figure</extracomment>
            <translation>Chiffre</translation>
        </message>
        <message>
            <source>Amount (USD)</source>
            <translation>Montant (USD)</translation>
        </message>
        <message>
            <source>Received in %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Reçu en %1</translation>
        </message>
        <message>
            <source>Received, all years</source>
            <translation>Reçu, toutes années confondues</translation>
        </message>
        <message>
            <source>Pledged, outstanding</source>
            <translation>Annoncé, en attente de versement</translation>
        </message>
        <message>
            <source>Committed</source>
            <translation>Engagé</translation>
        </message>
        <message>
            <source>Disbursed</source>
            <translation>Décaissé</translation>
        </message>
        <message>
            <source>Staff costs charged to contributions</source>
            <translation>Dépenses de personnel imputées sur les contributions</translation>
        </message>
        <message>
            <source>Available for programmes</source>
            <translation>Disponible pour les programmes</translation>
        </message>
        <message>
            <source>Operational threshold</source>
            <translation>Seuil opérationnel</translation>
        </message>
        <message>
            <source>Missing to the threshold</source>
            <translation>Montant manquant pour atteindre le seuil</translation>
        </message>
        <message>
            <source>No threshold set</source>
            <translation>Aucun seuil fixé</translation>
        </message>
        <message>
            <source>Operational</source>
            <extracomment>the fund's status under ¶16</extracomment>
            <translation>Opérationnel</translation>
        </message>
        <message>
            <source>Not yet operational</source>
            <translation>Pas encore opérationnel</translation>
        </message>
        <message>
            <source>Operational status</source>
            <extracomment>key figure: whether the fund is operational (¶16)</extracomment>
            <translation>Situation opérationnelle</translation>
        </message>
        <message>
            <source>Not known</source>
            <extracomment>a ¶21 criterion not assessed yet</extracomment>
            <translation>Non déterminé</translation>
        </message>
        <message>
            <source>Met</source>
            <extracomment>a ¶21 criterion is met / not met</extracomment>
            <translation>Rempli</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation>Non rempli</translation>
        </message>
        <message>
            <source>Available balance</source>
            <translation>Solde disponible</translation>
        </message>
        <message>
            <source>Available before this item</source>
            <translation>Disponible avant cet élément</translation>
        </message>
        <message>
            <source>Amount committed</source>
            <translation>Montant engagé</translation>
        </message>
        <message>
            <source>Amount to commit</source>
            <translation>Montant à engager</translation>
        </message>
        <message>
            <source>Available after this item</source>
            <translation>Disponible après cet élément</translation>
        </message>
        <message>
            <source>The fund's available balance does not cover this item.</source>
            <translation>Le solde disponible du fonds ne couvre pas cet élément.</translation>
        </message>
        <message>
            <source>Fund manager's recommendation</source>
            <translation>Recommandation du gestionnaire du fonds</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommandation</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>Justification: %1</source>
            <translation>Justification : %1</translation>
        </message>
        <message>
            <source>The fund manager has not made a recommendation yet.</source>
            <translation>Le gestionnaire du fonds n’a pas encore formulé de recommandation.</translation>
        </message>
        <message>
            <source>Workflow history</source>
            <translation>Historique du traitement</translation>
        </message>
        <message>
            <source>No status change is recorded.</source>
            <translation>Aucun changement de statut n’est enregistré.</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <translation>À</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Decision of the High Representative for Disarmament Affairs</source>
            <translation>Décision de la Haute-Représentante pour les affaires de désarmement</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Decision</source>
            <extracomment>two boxes to tick on the printed packet</extracomment>
            <translation>Décision</translation>
        </message>
        <message>
            <source>☐ Approve      ☐ Reject</source>
            <translation>☐ Approuver      ☐ Rejeter</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Internal — contains personal data</source>
            <extracomment>on every page of an approval packet (¶11)</extracomment>
            <translation>Usage interne — contient des données personnelles</translation>
        </message>
        <message>
            <source>Sponsored delegates from LDC, LLDC and SIDS, %1</source>
            <extracomment>%1 is a year; LDC, LLDC and SIDS are the ¶22 priority groups</extracomment>
            <translation>Délégués parrainés issus des PMA, des PDSL et des PEID, %1</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>Any of the three</source>
            <extracomment>row: delegates from a State in at least one of LDC, LLDC, SIDS</extracomment>
            <translation>Au moins un des trois</translation>
        </message>
        <message>
            <source>All sponsored delegates</source>
            <translation>Ensemble des délégués parrainés</translation>
        </message>
        <message>
            <source>The donor asked not to be published (¶17): counted only in the aggregate line.</source>
            <translation>Le donateur a demandé à ne pas être publié (¶17) : comptabilisé uniquement dans la ligne globale.</translation>
        </message>
        <message>
            <source>Anonymous donor</source>
            <extracomment>how a donor who asked for anonymity appears in public outputs</extracomment>
            <translation>Donateur anonyme</translation>
        </message>
        <message>
            <source>The donor asked for anonymity (¶17): the amount is shown, the name is not.</source>
            <translation>Le donateur a demandé l’anonymat (¶17) : le montant est indiqué, mais pas le nom.</translation>
        </message>
        <message>
            <source>Other donors, not published at their request</source>
            <extracomment>one line adding up the contributions whose donors asked not to be published</extracomment>
            <translation>Autres donateurs, non publiés à leur demande</translation>
        </message>
        <message>
            <source>Case</source>
            <extracomment>column: this fund, or one of the ¶20 scenarios</extracomment>
            <translation>Cas</translation>
        </message>
        <message>
            <source>Funds (USD)</source>
            <extracomment>column: the available balance for the fund, the annual funding for a scenario</extracomment>
            <translation>Ressources (USD)</translation>
        </message>
        <message>
            <source>Cost per delegate (USD)</source>
            <translation>Coût par délégué (USD)</translation>
        </message>
        <message>
            <source>Delegate seats</source>
            <extracomment>column: delegate seats a year (delegates × sessions)</extracomment>
            <translation>Places de délégués</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Average activity cost (USD)</source>
            <translation>Coût moyen d’une activité (USD)</translation>
        </message>
        <message>
            <source>Spending a month (USD)</source>
            <translation>Dépenses mensuelles (USD)</translation>
        </message>
        <message>
            <source>Months covered</source>
            <translation>Mois couverts</translation>
        </message>
        <message>
            <source>¶20 says</source>
            <extracomment>column: what ¶20 of the report says for this scale</extracomment>
            <translation>Selon le ¶20</translation>
        </message>
        <message>
            <source>This fund, available at the end of %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Ce fonds, disponible à la fin de %1</translation>
        </message>
        <message>
            <source>What the money buys, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Ce que les fonds permettent de financer, %1</translation>
        </message>
        <message>
            <source>USD 2 million: 10 delegates twice a year; 1–3 activities</source>
            <translation>2 millions USD : 10 délégués deux fois par an ; 1 à 3 activités</translation>
        </message>
        <message>
            <source>USD 5 million: 20 delegates twice a year; up to 10 activities, multi-year commitments possible</source>
            <translation>5 millions USD : 20 délégués deux fois par an ; jusqu’à 10 activités, engagements pluriannuels possibles</translation>
        </message>
        <message>
            <source>Scenarios compared</source>
            <translation>Comparaison des scénarios</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scénario</translation>
        </message>
        <message>
            <source>Annual funding (USD)</source>
            <translation>Financement annuel (USD)</translation>
        </message>
        <message>
            <source>Staff costs (USD)</source>
            <extracomment>column: staff costs charged to contributions in a scenario</extracomment>
            <translation>Dépenses de personnel (USD)</translation>
        </message>
        <message>
            <source>Sessions a year</source>
            <translation>Sessions par an</translation>
        </message>
        <message>
            <source>Unallocated (USD)</source>
            <translation>Non alloué (USD)</translation>
        </message>
        <message>
            <source>Spending by region, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Dépenses par région, %1</translation>
        </message>
        <message>
            <source>Spending by UN regional group, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Dépenses par groupe régional de l’ONU, %1</translation>
        </message>
        <message>
            <source>Committed (USD)</source>
            <translation>Engagé (USD)</translation>
        </message>
        <message>
            <source>Spending in %1, %2</source>
            <extracomment>%1 is a region or regional group, %2 a year</extracomment>
            <translation>Dépenses : %1, %2</translation>
        </message>
        <message>
            <source>Record</source>
            <extracomment>column: disbursement or commitment</extracomment>
            <translation>Opération</translation>
        </message>
        <message>
            <source>For</source>
            <extracomment>column: sponsorship or activity</extracomment>
            <translation>Au titre de</translation>
        </message>
        <message>
            <source>Disbursement</source>
            <translation>Décaissement</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Engagement</translation>
        </message>
        <message>
            <source>Sponsorship</source>
            <translation>Parrainage</translation>
        </message>
        <message>
            <source>Governance consultation</source>
            <translation>Consultation de la structure de gouvernance</translation>
        </message>
        <message>
            <source>Sponsorships are selected by the fund manager against the criteria announced with the call (¶18, ¶22); no consultation of the governance structure is recorded for them.</source>
            <translation>Les parrainages sont attribués par le gestionnaire du fonds au regard des critères annoncés dans l’appel à candidatures (¶18, ¶22) ; aucune consultation de la structure de gouvernance n’est enregistrée à leur sujet.</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Non indiqué</translation>
        </message>
        <message>
            <source>Ministry or agency</source>
            <translation>Ministère ou organisme</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Dernier jour</translation>
        </message>
        <message>
            <source>Reviewer's score (0–100)</source>
            <translation>Note de l’évaluateur (0–100)</translation>
        </message>
        <message>
            <source>Eligibility checklist (¶21)</source>
            <translation>Liste de vérification de l’admissibilité (¶21)</translation>
        </message>
        <message>
            <source>¶</source>
            <translation>¶</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Condition</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Éléments probants</translation>
        </message>
        <message>
            <source>Capital-based official</source>
            <translation>Fonctionnaire en poste dans la capitale</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Nominating letter received</source>
            <translation>Lettre de désignation reçue</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Estimated from the meeting's norms</source>
            <extracomment>airfare, subsistence allowance and terminal expenses</extracomment>
            <translation>Estimé d’après les normes de la réunion</translation>
        </message>
        <message>
            <source>Fund manager's figure: %1</source>
            <translation>Montant fixé par le gestionnaire du fonds : %1</translation>
        </message>
        <message>
            <source>Cost counted</source>
            <translation>Coût retenu</translation>
        </message>
        <message>
            <source>Share of women among sponsored delegates, %1</source>
            <extracomment>%1 is a year</extracomment>
            <translation>Proportion de femmes parmi les délégués parrainés, %1</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Hommes</translation>
        </message>
        <message>
            <source>Other</source>
            <extracomment>gender: other or not stated</extracomment>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Women (%)</source>
            <translation>Femmes (%)</translation>
        </message>
        <message>
            <source>Fund “%1”: %2 donors, %3 contributions, %4 activity applications with %5 reviews, %6 consultations, %7 meetings with %8 sponsorship applications, %9 reference States; %10 profiles, %11 status changes, %12 commitments, %13 disbursements, the year %14 closed.</source>
            <translation>Fonds « %1 » : %2 donateurs, %3 contributions, %4 demandes d’activité avec %5 évaluations, %6 consultations, %7 réunions avec %8 demandes de parrainage, %9 États de référence ; %10 profils, %11 changements de statut, %12 engagements, %13 décaissements, exercice %14 clos.</translation>
        </message>
        <message>
            <source>UN Voluntary Fund for ICT-security capacity building (scale %1 demo)</source>
            <extracomment>%1 is a number: how many times the medium scale of the report (¶20) the demo is</extracomment>
            <translation>Fonds de contributions volontaires des Nations Unies pour le renforcement des capacités en matière de sécurité des TIC (démonstration, échelle %1)</translation>
        </message>
        <message>
            <source>The fund has no reference States; open it with FundDesk first.</source>
            <translation>Le fonds ne comporte aucun État de référence ; ouvrez-le d’abord avec FundDesk.</translation>
        </message>
        <message>
            <source>Scale %1 fund over %2 years: %3 donors, %4 contributions, %5 meetings, %6 sponsorship and %7 activity applications, %8 status changes, %9 commitments (%10 approvals refused for lack of funds), %11 disbursements, %12 audit entries; written in %13 ms, of which sealing the audit trail %14 ms.</source>
            <extracomment>%1 is the scale, %2 a number of years; the other numbers count records</extracomment>
            <translation>Fonds à l’échelle %1 sur %2 ans : %3 donateurs, %4 contributions, %5 réunions, %6 demandes de parrainage et %7 demandes d’activité, %8 changements de statut, %9 engagements (%10 approbations refusées faute de fonds), %11 décaissements, %12 entrées de la piste d’audit ; écrit en %13 ms, dont %14 ms pour le scellement de la piste d’audit.</translation>
        </message>
        <message>
            <source>The scale must be a whole number from 1 to 1000.</source>
            <translation>L’échelle doit être un nombre entier compris entre 1 et 1000.</translation>
        </message>
        <message>
            <source>A scale fund is generated into a new, empty fund only.</source>
            <translation>Un fonds à l’échelle ne peut être généré que dans un nouveau fonds vide.</translation>
        </message>
        <message>
            <source>Small scale (¶20)</source>
            <extracomment>name of the ¶20 small-scale scenario (USD 2 million a year)</extracomment>
            <translation>Petite échelle (¶20)</translation>
        </message>
        <message>
            <source>Medium scale (¶20)</source>
            <extracomment>name of the ¶20 medium-scale scenario (USD 5 million a year)</extracomment>
            <translation>Échelle moyenne (¶20)</translation>
        </message>
        <message>
            <source>Give the scenario a name, so you can find it again.</source>
            <translation>Donnez un nom au scénario pour pouvoir le retrouver.</translation>
        </message>
        <message>
            <source>Re-screened against ¶21: fails %1.</source>
            <extracomment>A note in an application's history; %1 lists the failed ¶21 criteria, separated by semicolons</extracomment>
            <translation>Nouvel examen au regard du ¶21 : ne remplit pas %1.</translation>
        </message>
        <message>
            <source>Re-screened against ¶21: not every criterion is assessed yet.</source>
            <extracomment>A note in an application's history</extracomment>
            <translation>Nouvel examen au regard du ¶21 : tous les critères ne sont pas encore évalués.</translation>
        </message>
        <message>
            <source>Re-screened against ¶21: meets every criterion.</source>
            <extracomment>A note in an application's history</extracomment>
            <translation>Nouvel examen au regard du ¶21 : remplit tous les critères.</translation>
        </message>
        <message>
            <source>Choose your profile before changing the ¶21 criteria: the new screening moves the application from “%1” to “%2”, and its history records who made the change.</source>
            <extracomment>%1 and %2 are statuses of an application</extracomment>
            <translation>Choisissez votre profil avant de modifier les critères du ¶21 : le nouvel examen fait passer la demande de « %1 » à « %2 », et son historique consigne l’auteur de la modification.</translation>
        </message>
        <message>
            <source>Checking the audit trail was cancelled.</source>
            <translation>La vérification de la piste d’audit a été annulée.</translation>
        </message>
        <message>
            <source>Opening the fund was cancelled; the file was not changed.</source>
            <translation>L’ouverture du fonds a été annulée ; le fichier n’a pas été modifié.</translation>
        </message>
        <message>
            <source>“%1” is not the code of a State of the reference list. Write ISO 3166 alpha-3 codes separated by spaces, such as KEN UGA.</source>
            <extracomment>%1 is what the file holds instead of a country code</extracomment>
            <translation>« %1 » n’est pas le code d’un État de la liste de référence. Indiquez des codes ISO 3166 alpha-3 séparés par des espaces, par exemple KEN UGA.</translation>
        </message>
        <message>
            <source>“%1” is not a partner. Write each as kind:name, separated by semicolons, such as “academic:University of Nairobi”; the kinds are: %2.</source>
            <extracomment>%1 is what the file holds, %2 the list of partner kinds</extracomment>
            <translation>« %1 » n’est pas un partenaire. Indiquez chaque partenaire sous la forme type:nom, en les séparant par des points-virgules, par exemple « academic:University of Nairobi » ; les types sont les suivants : %2.</translation>
        </message>
        <message>
            <source>The “requested” column is empty. Write the amount of each year as year:amount, such as 2026:50000.00 2027:25000.00.</source>
            <translation>La colonne « requested » est vide. Indiquez le montant de chaque année sous la forme année:montant, par exemple 2026:50000.00 2027:25000.00.</translation>
        </message>
        <message>
            <source>“%1” is not a year and an amount in %2. Write each year as year:amount with a dot and no thousands separator, such as 2026:50000.00.</source>
            <extracomment>%1 is what the file holds, %2 a currency code</extracomment>
            <translation>« %1 » n’est pas une année suivie d’un montant en %2. Indiquez chaque année sous la forme année:montant, avec un point et sans séparateur de milliers, par exemple 2026:50000.00.</translation>
        </message>
        <message>
            <source>“%1” is not a focus area of ¶26. Write keys separated by spaces, from: %2.</source>
            <extracomment>%1 is what the file holds, %2 the list of focus-area keys; ¶26 is a paragraph of the report that set up the fund</extracomment>
            <translation>« %1 » n’est pas un domaine prioritaire du ¶26. Indiquez des clés séparées par des espaces, parmi les suivantes : %2.</translation>
        </message>
        <message>
            <source>The fund already has an activity application with the reference “%1”. Remove the row if it was imported before, or correct the reference.</source>
            <extracomment>%1 is an activity's reference such as CB-2026-014</extracomment>
            <translation>Le fonds a déjà une demande d’activité portant la référence « %1 ». Supprimez la ligne si elle a déjà été importée, ou corrigez la référence.</translation>
        </message>
        <message>
            <source>This row repeats line %1: same applicant, title and start. Remove the repeated row.</source>
            <extracomment>%1 is a line number</extracomment>
            <translation>Cette ligne répète la ligne %1 : même demandeur, même titre et même date de début. Supprimez la ligne répétée.</translation>
        </message>
        <message>
            <source>The fund already has an application of this State with the same title and start. Remove the row if it was imported before.</source>
            <translation>Le fonds a déjà une demande de cet État portant le même titre et la même date de début. Supprimez la ligne si elle a déjà été importée.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <extracomment>%1 is a line number of a CSV file, %2 why its record was refused</extracomment>
            <translation>Ligne %1 : %2</translation>
        </message>
        <message>
            <source>“%1” is not an amount of zero or more in %2. Write a number with a dot and no thousands separator, such as 1850.00.</source>
            <extracomment>%1 is what the file holds, %2 a currency code</extracomment>
            <translation>« %1 » n’est pas un montant égal ou supérieur à zéro en %2. Indiquez un nombre avec un point et sans séparateur de milliers, par exemple 1850.00.</translation>
        </message>
        <message>
            <source>The fund has no meeting with the reference “%1”. Correct the reference, or add the meeting first.</source>
            <extracomment>%1 is a meeting reference such as PM-2026-1</extracomment>
            <translation>Le fonds n’a aucune réunion portant la référence « %1 ». Corrigez la référence, ou ajoutez d’abord la réunion.</translation>
        </message>
        <message>
            <source>There is a reason but no cost_override. Write the cost in USD, or leave both columns empty to use the meeting's norms.</source>
            <translation>Un motif est indiqué, mais pas de cost_override. Indiquez le coût en USD, ou laissez les deux colonnes vides pour appliquer les normes de la réunion.</translation>
        </message>
        <message>
            <source>Say in override_reason why the cost differs from the meeting's norms, such as “airfare only”.</source>
            <translation>Indiquez dans override_reason pourquoi le coût diffère des normes de la réunion, par exemple « billet d’avion uniquement ».</translation>
        </message>
        <message>
            <source>This row repeats line %1: %2 applies twice for the same meeting and State. Remove one of the rows.</source>
            <extracomment>%1 is a line number, %2 a person's name</extracomment>
            <translation>Cette ligne répète la ligne %1 : %2 présente deux demandes pour la même réunion et le même État. Supprimez l’une des lignes.</translation>
        </message>
        <message>
            <source>The fund already has an application of %1 for this meeting and State. Remove the row if it was imported before.</source>
            <extracomment>%1 is a person's name</extracomment>
            <translation>Le fonds a déjà une demande de %1 pour cette réunion et cet État. Supprimez la ligne si elle a déjà été importée.</translation>
        </message>
        <message>
            <source>All other donors</source>
            <extracomment>the last bar of a chart that shows only the largest donors</extracomment>
            <translation>Tous les autres donateurs</translation>
        </message>
        <message numerus="yes">
            <source>%n other donor(s)</source>
            <extracomment>the line of a chart that adds up the donors too small to get a bar of their own</extracomment>
            <translation>
                <numerusform>%n autre donateur</numerusform>
                <numerusform>%n autres donateurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This text is %1 characters long. Shorten it to at most %n characters.</source>
            <extracomment>%1 is the length of the text entered, such as 100000; %n the longest allowed</extracomment>
            <translation>
                <numerusform>Ce texte compte %1 caractères. Raccourcissez-le à %n caractère au maximum.</numerusform>
                <numerusform>Ce texte compte %1 caractères. Raccourcissez-le à %n caractères au maximum.</numerusform>
            </translation>
        </message>
        <message>
            <source>The date %1 is after 31 December 2099. Check the year.</source>
            <extracomment>%1 is a date such as 2100-01-01</extracomment>
            <translation>La date %1 est postérieure au 31 décembre 2099. Vérifiez l’année.</translation>
        </message>
        <message>
            <source>%1 USD is beyond what a single entry of the fund can hold (at most %2 USD). Check the amount.</source>
            <extracomment>%1 is the amount entered in US dollars; %2 the largest allowed, such as 10000000000.00</extracomment>
            <translation>%1 USD dépasse ce qu’une seule écriture du fonds peut contenir (%2 USD au maximum). Vérifiez le montant.</translation>
        </message>
        <message>
            <source>The year %1 is outside the years the fund keeps (%2 to %3).</source>
            <extracomment>%1 is the year entered; %2 and %3 the first and last years the fund keeps</extracomment>
            <translation>L’année %1 ne fait pas partie des années tenues par le fonds (%2 à %3).</translation>
        </message>
        <message numerus="yes">
            <source>%n other donors</source>
            <extracomment>one line adding up the smaller donors of a long list; %n donors</extracomment>
            <translation>
                <numerusform>%n autre donateur</numerusform>
                <numerusform>%n autres donateurs</numerusform>
            </translation>
        </message>
        <message>
            <source>Disbursed in the year (USD)</source>
            <translation>Décaissé dans l’année (USD)</translation>
        </message>
        <message numerus="yes">
            <source>%n other activities</source>
            <extracomment>one line adding up the activities a long annual report does not name; %n activities</extracomment>
            <translation>
                <numerusform>%n autre activité</numerusform>
                <numerusform>%n autres activités</numerusform>
            </translation>
        </message>
        <message>
            <source>Focus area (¶26)</source>
            <translation>Domaine prioritaire (¶26)</translation>
        </message>
        <message>
            <source>Region of the applicant</source>
            <translation>Région du demandeur</translation>
        </message>
        <message>
            <source>Activities approved, active or completed with an amount committed or disbursed in the year. The largest by amount disbursed in the year are listed by name.</source>
            <translation>Activités approuvées, en cours ou terminées pour lesquelles un montant a été engagé ou décaissé dans l’année. Les plus importantes, selon le montant décaissé dans l’année, sont citées nommément.</translation>
        </message>
        <message>
            <source>The same activities by focus area and by the applicant's region. An activity in several focus areas counts in each.</source>
            <translation>Les mêmes activités, par domaine prioritaire et par région du demandeur. Une activité relevant de plusieurs domaines prioritaires est comptée dans chacun d’eux.</translation>
        </message>
        <message>
            <source>The backup was cancelled; no copy was written.</source>
            <translation>La sauvegarde a été annulée ; aucune copie n’a été écrite.</translation>
        </message>
        <message>
            <source>The fund's database “%1” is empty: the fund it held is gone. Restore it from a backup (File ▸ Restore…), or delete the empty file to start a new fund there.</source>
            <extracomment>%1 is the path of the fund's file, which has 0 bytes</extracomment>
            <translation>La base de données du fonds « %1 » est vide : le fonds qu’elle contenait a disparu. Restaurez-le à partir d’une sauvegarde (Fichier ▸ Restaurer…) ou supprimez le fichier vide pour y créer un nouveau fonds.</translation>
        </message>
        <message>
            <source>Loading the activity applications was cancelled.</source>
            <translation>Le chargement des demandes d’activités a été annulé.</translation>
        </message>
        <message>
            <source>Loading the contributions was cancelled.</source>
            <extracomment>Not normally shown: the user cancelled loading a table</extracomment>
            <translation>Le chargement des contributions a été annulé.</translation>
        </message>
        <message>
            <source>Loading the disbursements was cancelled.</source>
            <translation>Le chargement des décaissements a été annulé.</translation>
        </message>
        <message>
            <source>The list of disbursements in the fund's database is damaged: disbursement %1 has no valid date.</source>
            <extracomment>%1 is the disbursement's number</extracomment>
            <translation>La liste des décaissements de la base de données du fonds est endommagée : le décaissement %1 n’a pas de date valide.</translation>
        </message>
    </context>
    <context>
        <name>FundDesk::Ui</name>
        <message>
            <source>Year of row %1</source>
            <extracomment>Accessible name of the year of a row of the amounts requested; %1 is the row number</extracomment>
            <translation>Année de la ligne %1</translation>
        </message>
        <message>
            <source>Amount in USD of row %1</source>
            <extracomment>Accessible name of an amount requested; %1 is the row number</extracomment>
            <translation>Montant en USD de la ligne %1</translation>
        </message>
        <message>
            <source>Amount requested for %1: %2</source>
            <extracomment>%1 is a year, %2 why its amount was refused</extracomment>
            <translation>Montant demandé pour %1 : %2</translation>
        </message>
        <message>
            <source>Year</source>
            <extracomment>Column header of the amounts requested per year</extracomment>
            <translation>Année</translation>
        </message>
        <message>
            <source>Amount (USD)</source>
            <extracomment>Column header: the amount requested for that year</extracomment>
            <translation>Montant (USD)</translation>
        </message>
        <message>
            <source>Amount requested per year</source>
            <extracomment>Accessible name of the table of amounts requested per year</extracomment>
            <translation>Montant demandé par année</translation>
        </message>
        <message>
            <source>Add Year</source>
            <extracomment>Button under the amounts table: adds the next year</extracomment>
            <translation>Ajouter une année</translation>
        </message>
        <message>
            <source>Remove Year</source>
            <extracomment>Button under the amounts table: removes the selected year</extracomment>
            <translation>Supprimer l’année</translation>
        </message>
        <message>
            <source>Filter States by name or code…</source>
            <extracomment>Placeholder of the filter box above the co-applicant States</extracomment>
            <translation>Filtrer les États par nom ou par code…</translation>
        </message>
        <message>
            <source>Filter co-applicant States</source>
            <translation>Filtrer les États codemandeurs</translation>
        </message>
        <message>
            <source>Co-applicant States</source>
            <extracomment>Accessible name of the checkable list of co-applicant States</extracomment>
            <translation>États codemandeurs</translation>
        </message>
        <message>
            <source>Activity Application %1</source>
            <translation>Demande d’activité %1</translation>
        </message>
        <message>
            <source>New Activity Application</source>
            <translation>Nouvelle demande d’activité</translation>
        </message>
        <message>
            <source>Applicant</source>
            <extracomment>Tabs of the activity application form
----------
Tabs of the sponsorship application form
----------
Column header: the applicant State (and how many co-applicants)
----------
Column header: the person who applies for sponsorship</extracomment>
            <translation>Demandeur</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Dates and Budget</source>
            <translation>Dates et budget</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Besoins</translation>
        </message>
        <message>
            <source>Focus Areas</source>
            <translation>Domaines prioritaires</translation>
        </message>
        <message>
            <source>Applicant &amp;State:</source>
            <extracomment>Form label: the government applying (¶24)</extracomment>
            <translation>État &amp;demandeur :</translation>
        </message>
        <message>
            <source>&amp;Co-applicant States:</source>
            <extracomment>Form label: other States of a regional activity</extracomment>
            <translation>États &amp;codemandeurs :</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>&amp;Référence :</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>S&amp;tatut :</translation>
        </message>
        <message>
            <source>&amp;Implementing partners:</source>
            <extracomment>Form label: partners named at application time (¶24)</extracomment>
            <translation>&amp;Partenaires d’exécution :</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <extracomment>Form label: the applicant's job title</extracomment>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>&amp;Summary:</source>
            <translation>&amp;Résumé :</translation>
        </message>
        <message>
            <source>&amp;Objectives:</source>
            <translation>&amp;Objectifs :</translation>
        </message>
        <message>
            <source>Expected o&amp;utputs:</source>
            <translation>Produits &amp;attendus :</translation>
        </message>
        <message>
            <source>Expected out&amp;comes:</source>
            <translation>Résultats atte&amp;ndus :</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>&amp;Début :</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <translation>&amp;Fin :</translation>
        </message>
        <message>
            <source>&amp;Amount requested:</source>
            <extracomment>Form label: the amount requested for each year of the activity (¶20b)</extracomment>
            <translation>&amp;Montant demandé :</translation>
        </message>
        <message>
            <source>Total requested:</source>
            <translation>Total demandé :</translation>
        </message>
        <message>
            <source>Funding floor:</source>
            <extracomment>Form label: whether the request is under the minimum funding floor (¶23)</extracomment>
            <translation>Montant minimal de financement :</translation>
        </message>
        <message>
            <source>Co-&amp;funding (USD):</source>
            <extracomment>Form label: money for the activity from other sources, in USD</extracomment>
            <translation>&amp;Cofinancement (USD) :</translation>
        </message>
        <message>
            <source>Co-funding so&amp;urce:</source>
            <translation>&amp;Source du cofinancement :</translation>
        </message>
        <message>
            <source>&amp;Needs assessment:</source>
            <extracomment>Form label: the national or regional needs assessment the activity answers (¶25a)</extracomment>
            <translation>Évaluation des &amp;besoins :</translation>
        </message>
        <message>
            <source>Needs assessment &amp;document:</source>
            <translation>&amp;Document d’évaluation des besoins :</translation>
        </message>
        <message>
            <source>&amp;Focus areas (¶26):</source>
            <extracomment>Form label above the nine check boxes of ¶26</extracomment>
            <translation>Domaines &amp;prioritaires (¶26) :</translation>
        </message>
        <message>
            <source>Given automatically, such as CB-2026-014</source>
            <translation>Attribuée automatiquement, par exemple CB-2026-014</translation>
        </message>
        <message>
            <source>Title, date or link of the document</source>
            <translation>Titre, date ou lien du document</translation>
        </message>
        <message>
            <source>Type a State's name…</source>
            <translation>Tapez le nom d’un État…</translation>
        </message>
        <message>
            <source>Co-funding: %1</source>
            <extracomment>%1 is why the amount was refused</extracomment>
            <translation>Cofinancement : %1</translation>
        </message>
        <message>
            <source>At or above the minimum funding floor (¶23).</source>
            <translation>Égal ou supérieur au montant minimal de financement (¶23).</translation>
        </message>
        <message>
            <source>Partner %1 name</source>
            <translation>Nom du partenaire %1</translation>
        </message>
        <message>
            <source>Partner %1 kind</source>
            <translation>Catégorie du partenaire %1</translation>
        </message>
        <message>
            <source>Name</source>
            <extracomment>Column header of the implementing partners table</extracomment>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Kind</source>
            <extracomment>Column header: non-governmental entity, UN entity, …
----------
Column header: the kind of donor (Member State, foundation …)</extracomment>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Implementing partners</source>
            <extracomment>Accessible name of the table of implementing partners</extracomment>
            <translation>Partenaires d’exécution</translation>
        </message>
        <message>
            <source>Add Partner</source>
            <extracomment>Button under the implementing partners table</extracomment>
            <translation>Ajouter un partenaire</translation>
        </message>
        <message>
            <source>Remove Partner</source>
            <extracomment>Button under the implementing partners table: removes the selected partner</extracomment>
            <translation>Supprimer le partenaire</translation>
        </message>
        <message>
            <source>Conditions</source>
            <extracomment>Accessible name of the text of a donor's conditions on a contribution
----------
Column header: the donor's conditions on the contribution</extracomment>
            <translation>Conditions</translation>
        </message>
        <message>
            <source>The donor's conditions, if any, as written</source>
            <extracomment>Placeholder of the conditions field</extracomment>
            <translation>Les conditions éventuelles du donateur, telles qu’elles sont rédigées</translation>
        </message>
        <message>
            <source>These conditions restrict the money to specific activities (earmark)</source>
            <translation>Ces conditions réservent les fonds à des activités déterminées (préaffectation)</translation>
        </message>
        <message>
            <source>I confirm these conditions are not an earmark (¶19)</source>
            <extracomment>¶19 is a paragraph of the report that set up the fund: no earmarking</extracomment>
            <translation>Je confirme que ces conditions ne constituent pas une préaffectation (¶19)</translation>
        </message>
        <message>
            <source>(No pledge)</source>
            <extracomment>Receipt paid against a pledge: none</extracomment>
            <translation>(Aucune annonce)</translation>
        </message>
        <message>
            <source>%1 · %2 %3</source>
            <extracomment>A pledge in a list: %1 its date, %2 its amount, %3 its reference (may be empty)</extracomment>
            <translation>%1 · %2 %3</translation>
        </message>
        <message>
            <source>—</source>
            <extracomment>Shown instead of the USD value while the amount or rate is not complete</extracomment>
            <translation>—</translation>
        </message>
        <message>
            <source>USD value: %1</source>
            <extracomment>Accessible name; %1 is an amount such as USD 1,000.00</extracomment>
            <translation>Valeur en USD : %1</translation>
        </message>
        <message>
            <source>Add Contribution</source>
            <translation>Ajouter une contribution</translation>
        </message>
        <message>
            <source>Edit Receipt</source>
            <translation>Modifier l’encaissement</translation>
        </message>
        <message>
            <source>Edit Pledge</source>
            <translation>Modifier l’annonce de contribution</translation>
        </message>
        <message>
            <source>&amp;Donor:</source>
            <extracomment>Form label: who gives the contribution</extracomment>
            <translation>&amp;Donateur :</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <extracomment>Form label: pledge or receipt</extracomment>
            <translation>T&amp;ype :</translation>
        </message>
        <message>
            <source>D&amp;ate:</source>
            <extracomment>Form label: the date of the pledge, or the day the money was received</extracomment>
            <translation>D&amp;ate :</translation>
        </message>
        <message>
            <source>A&amp;mount:</source>
            <extracomment>Form label: the amount in the donor's currency</extracomment>
            <translation>&amp;Montant :</translation>
        </message>
        <message>
            <source>&amp;Currency:</source>
            <extracomment>Form label: the ISO currency code of the amount</extracomment>
            <translation>De&amp;vise :</translation>
        </message>
        <message>
            <source>&amp;Rate to USD:</source>
            <extracomment>Form label: US dollars per unit of the currency, as used on the day</extracomment>
            <translation>&amp;Taux en USD :</translation>
        </message>
        <message>
            <source>USD value:</source>
            <extracomment>Form label: the amount converted to US dollars</extracomment>
            <translation>Valeur en USD :</translation>
        </message>
        <message>
            <source>Against &amp;pledge:</source>
            <extracomment>Form label: the pledge a receipt pays (optional)</extracomment>
            <translation>Au titre de l’a&amp;nnonce :</translation>
        </message>
        <message>
            <source>C&amp;onditions:</source>
            <extracomment>Form label: the donor's conditions on the contribution (¶19)</extracomment>
            <translation>&amp;Conditions :</translation>
        </message>
        <message>
            <source>R&amp;eference:</source>
            <extracomment>Form label: a reference such as a bank transfer number</extracomment>
            <translation>&amp;Référence :</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <extracomment>Form label: free notes</extracomment>
            <translation>N&amp;otes :</translation>
        </message>
        <message>
            <source>&amp;Schedule (optional):</source>
            <extracomment>Form label: the expected payments of a multi-year pledge (¶20b)</extracomment>
            <translation>Échéanc&amp;ier (facultatif) :</translation>
        </message>
        <message>
            <source>Reason for the c&amp;hange:</source>
            <extracomment>Form label: why a received contribution is being changed</extracomment>
            <translation>Moti&amp;f de la modification :</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <extracomment>Placeholder of the amount field; %1 is an example amount in the user's locale</extracomment>
            <translation>p. ex. %1</translation>
        </message>
        <message>
            <source>Required: why the received record changes</source>
            <extracomment>Placeholder of the reason field when a received contribution is edited</extracomment>
            <translation>Obligatoire : motif de la modification de la contribution reçue</translation>
        </message>
        <message>
            <source>Enter the rate to US dollars used on the day: how many USD one %1 was worth, for example 1.08.</source>
            <extracomment>%1 is a currency code such as EUR</extracomment>
            <translation>Saisissez le taux de change en dollars des États-Unis appliqué ce jour-là : combien d’USD valait un %1, par exemple 1.08.</translation>
        </message>
        <message>
            <source>No donor is called “%1”. Choose the donor from the list, or add the donor first.</source>
            <extracomment>%1 is the text typed in the donor field</extracomment>
            <translation>Aucun donateur ne s’appelle « %1 ». Choisissez le donateur dans la liste, ou ajoutez d’abord le donateur.</translation>
        </message>
        <message>
            <source>“%1” is not a known ISO 4217 currency code. Choose the currency from the list.</source>
            <extracomment>%1 is what was typed as a currency code</extracomment>
            <translation>« %1 » n’est pas un code de devise ISO 4217 connu. Choisissez la devise dans la liste.</translation>
        </message>
        <message>
            <source>Enter the amount the donor gives, in %1.</source>
            <translation>Saisissez le montant versé par le donateur, en %1.</translation>
        </message>
        <message>
            <source>Contribution History</source>
            <extracomment>Title of the window listing a contribution's earlier states</extracomment>
            <translation>Historique de la contribution</translation>
        </message>
        <message>
            <source>This contribution has not been changed since it was recorded.</source>
            <translation>Cette contribution n’a pas été modifiée depuis son enregistrement.</translation>
        </message>
        <message>
            <source>Earlier states of this contribution, oldest first. Each row shows the record as it was before the change.</source>
            <translation>États antérieurs de cette contribution, du plus ancien au plus récent. Chaque ligne présente l’enregistrement tel qu’il était avant la modification.</translation>
        </message>
        <message>
            <source>Changed</source>
            <extracomment>Column header: when a contribution was changed
----------
what happened to a record, in its history</extracomment>
            <translation>Modifiée le</translation>
        </message>
        <message>
            <source>Reason</source>
            <extracomment>Column header: why a contribution was changed</extracomment>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Date</source>
            <extracomment>Column header: the date of a pledge or receipt</extracomment>
            <translation>Date</translation>
        </message>
        <message>
            <source>Type</source>
            <extracomment>Column header: pledge or receipt</extracomment>
            <translation>Type</translation>
        </message>
        <message>
            <source>Amount</source>
            <extracomment>Column header in a pledge's schedule of payments: the amount in the pledge's currency
----------
Column header: the amount in the donor's currency</extracomment>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Rate to USD</source>
            <extracomment>Column header: the exchange rate to US dollars used for the contribution</extracomment>
            <translation>Taux en USD</translation>
        </message>
        <message>
            <source>USD value</source>
            <extracomment>Column header: the contribution's value in US dollars</extracomment>
            <translation>Valeur en USD</translation>
        </message>
        <message>
            <source>Reference</source>
            <extracomment>Column header: the application's reference such as CB-2026-014
----------
Column header: a reference such as a bank transfer number</extracomment>
            <translation>Référence</translation>
        </message>
        <message>
            <source>(None)</source>
            <extracomment>Country of a non-State donor: none chosen</extracomment>
            <translation>(Aucun)</translation>
        </message>
        <message>
            <source>Edit Donor</source>
            <translation>Modifier le donateur</translation>
        </message>
        <message>
            <source>Add Donor</source>
            <translation>Ajouter un donateur</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <extracomment>Form label: what kind of donor (Member State, foundation …)</extracomment>
            <translation>&amp;Catégorie :</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <extracomment>Form label: the donor State, chosen from the reference list</extracomment>
            <translation>É&amp;tat :</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <extracomment>Form label: the name of a non-State donor</extracomment>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Country (optional):</source>
            <extracomment>Form label: the country a non-State donor is based in (optional)</extracomment>
            <translation>&amp;Pays (facultatif) :</translation>
        </message>
        <message>
            <source>&amp;Due diligence:</source>
            <extracomment>Form label: the UN's due-diligence clearance of the donor (¶14)</extracomment>
            <translation>&amp;Diligence raisonnable :</translation>
        </message>
        <message>
            <source>Decision &amp;date:</source>
            <extracomment>Form label: the date the due-diligence decision was taken</extracomment>
            <translation>Date de la déc&amp;ision :</translation>
        </message>
        <message>
            <source>Decision n&amp;ote:</source>
            <extracomment>Form label: a note on the due-diligence decision</extracomment>
            <translation>N&amp;ote sur la décision :</translation>
        </message>
        <message>
            <source>Con&amp;tact:</source>
            <extracomment>Form label: the donor's contact person or address</extracomment>
            <translation>Cont&amp;act :</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <extracomment>Form label: free notes on the donor</extracomment>
            <translation>Re&amp;marques :</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <extracomment>Accessible name of a form's error message; %1 is the message</extracomment>
            <translation>Erreur : %1</translation>
        </message>
        <message>
            <source>Publication</source>
            <extracomment>Title of the choice of publication consent (¶17)
----------
Column header: whether the donor agreed to publication (¶17)</extracomment>
            <translation>Publication</translation>
        </message>
        <message>
            <source>Received contributions are published on the fund's page unless the donor asks otherwise (¶17).</source>
            <extracomment>¶17 is a paragraph of the report that set up the fund</extracomment>
            <translation>Les contributions reçues sont publiées sur la page du fonds, sauf si le donateur en décide autrement (¶17).</translation>
        </message>
        <message>
            <source>Scheduled payment %1: %2</source>
            <extracomment>%1 is the number of the payment (1, 2, 3 …), %2 why its amount was refused</extracomment>
            <translation>Versement prévu %1 : %2</translation>
        </message>
        <message>
            <source>Due date</source>
            <extracomment>Column header in a pledge's schedule of payments</extracomment>
            <translation>Date d’échéance</translation>
        </message>
        <message>
            <source>Schedule of payments</source>
            <extracomment>Accessible name of the table of a pledge's expected payments</extracomment>
            <translation>Échéancier des versements</translation>
        </message>
        <message>
            <source>Add Payment</source>
            <extracomment>Button: add an expected payment to a pledge's schedule</extracomment>
            <translation>Ajouter un versement</translation>
        </message>
        <message>
            <source>Remove Payment</source>
            <extracomment>Button: remove the selected payment from a pledge's schedule</extracomment>
            <translation>Supprimer le versement</translation>
        </message>
        <message>
            <source>Due date of payment %1</source>
            <extracomment>Accessible name; %1 is the number of the payment: 1, 2, 3 …</extracomment>
            <translation>Date d’échéance du versement %1</translation>
        </message>
        <message>
            <source>Amount of payment %1</source>
            <extracomment>Accessible name; %1 is the number of the payment: 1, 2, 3 …</extracomment>
            <translation>Montant du versement %1</translation>
        </message>
        <message>
            <source>%1 %2: %3</source>
            <extracomment>One point of the 0–5 scale: %1 the score, %2 its name, %3 what it means</extracomment>
            <translation>%1 %2 : %3</translation>
        </message>
        <message>
            <source>not scored</source>
            <extracomment>Beside a score that is not chosen yet</extracomment>
            <translation>non noté</translation>
        </message>
        <message>
            <source>Score each criterion from 0 to 5:
%1</source>
            <extracomment>Above the scores: the meaning of each point of the scale, one per line</extracomment>
            <translation>Notez chaque critère de 0 à 5 :
%1</translation>
        </message>
        <message>
            <source>(%1) %2</source>
            <extracomment>A criterion of ¶25 with its letter: "(a) Needs assessment"
----------
A focus area of ¶26 with its letter: "(c) ICT incident management and response …"</extracomment>
            <translation>(%1) %2</translation>
        </message>
        <message>
            <source>–</source>
            <extracomment>Shown in a score box before a score is chosen</extracomment>
            <translation>–</translation>
        </message>
        <message>
            <source>Score for %1</source>
            <extracomment>Accessible name of a score box; %1 is the criterion</extracomment>
            <translation>Note pour %1</translation>
        </message>
        <message>
            <source>Score Application %1</source>
            <extracomment>Title of the scoring dialog; %1 is the application's reference</extracomment>
            <translation>Noter la demande %1</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <extracomment>%1 reference, %2 title, %3 applicant State (and co-applicants)</extracomment>
            <translation>%1 — %2 (%3)</translation>
        </message>
        <message>
            <source>&amp;Reviewer:</source>
            <translation>É&amp;valuateur :</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Évaluateur</translation>
        </message>
        <message>
            <source>Name of the reviewer</source>
            <translation>Nom de l’évaluateur</translation>
        </message>
        <message>
            <source>Before scoring, declare whether you have a conflict of interest with this application. A reviewer with a conflict does not score it and is left out of its aggregate score.</source>
            <translation>Avant d’attribuer une note, déclarez si vous avez un conflit d’intérêts avec cette demande. Un évaluateur en situation de conflit ne la note pas et n’est pas pris en compte dans sa note globale.</translation>
        </message>
        <message>
            <source>I have &amp;no conflict of interest with this application</source>
            <translation>Je n’ai &amp;aucun conflit d’intérêts avec cette demande</translation>
        </message>
        <message>
            <source>I have a conflict of &amp;interest and recuse myself</source>
            <translation>J’ai un conflit d'&amp;intérêts et je me récuse</translation>
        </message>
        <message>
            <source>Nature of the &amp;conflict (required with a conflict):</source>
            <extracomment>Label of the note explaining a declared conflict of interest</extracomment>
            <translation>Nature du &amp;conflit (obligatoire en cas de conflit) :</translation>
        </message>
        <message>
            <source>Nature of the conflict</source>
            <translation>Nature du conflit</translation>
        </message>
        <message>
            <source>&amp;Justification (required):</source>
            <translation>&amp;Justification (obligatoire) :</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Record the declaration and, without a conflict, the scores</source>
            <translation>Enregistrer la déclaration et, en l’absence de conflit, les notes</translation>
        </message>
        <message>
            <source>%1 has already declared for this application: saving changes that review.</source>
            <extracomment>%1 is a reviewer's name</extracomment>
            <translation>%1 a déjà fait une déclaration pour cette demande : l’enregistrement modifie cette évaluation.</translation>
        </message>
        <message>
            <source>Reviews of this application: %1</source>
            <extracomment>%1 the aggregate with its spread and reviewer counts</extracomment>
            <translation>Évaluations de cette demande : %1</translation>
        </message>
        <message>
            <source>Conflict of interest: declare first whether you have a conflict of interest with this application.</source>
            <translation>Conflit d’intérêts : déclarez d’abord si vous avez un conflit d’intérêts avec cette demande.</translation>
        </message>
        <message>
            <source>The conflict of interest of %1 is recorded: %1 does not score this application and is left out of its aggregate.</source>
            <extracomment>%1 is a reviewer's name</extracomment>
            <translation>Le conflit d’intérêts de %1 est enregistré : %1 ne note pas cette demande et n’est pas pris en compte dans sa note globale.</translation>
        </message>
        <message>
            <source>The scores of %1 are saved.</source>
            <translation>Les notes de %1 sont enregistrées.</translation>
        </message>
        <message>
            <source>Fund operational</source>
            <extracomment>Accessible name of the fund status icon</extracomment>
            <translation>Fonds opérationnel</translation>
        </message>
        <message>
            <source>Fund status: %1</source>
            <extracomment>Accessible name of the fund status; %1 is the status text
----------
Accessible name of the fund status banner; %1 is the status text</extracomment>
            <translation>Situation du fonds : %1</translation>
        </message>
        <message>
            <source>Warning</source>
            <extracomment>Accessible name of the fund status icon when the fund is not operational</extracomment>
            <translation>Avertissement</translation>
        </message>
        <message>
            <source>Warning, fund not operational: %1</source>
            <extracomment>Accessible name of the fund status when the fund is not operational; %1 is the status
----------
Accessible name of the status banner when the fund is not operational; %1 the status</extracomment>
            <translation>Avertissement, fonds non opérationnel : %1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <extracomment>Menu title; the &amp; marks the keyboard mnemonic</extracomment>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <extracomment>Menu title listing the pages; the &amp; marks the keyboard mnemonic</extracomment>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <extracomment>Menu title; the &amp; marks the keyboard mnemonic</extracomment>
            <translation>Ai&amp;de</translation>
        </message>
        <message>
            <source>&amp;New fund…</source>
            <extracomment>File menu: create a new fund database</extracomment>
            <translation>&amp;Nouveau fonds…</translation>
        </message>
        <message>
            <source>Create a new, empty fund database</source>
            <translation>Créer une nouvelle base de données de fonds, vide</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <extracomment>File menu: open an existing fund database</extracomment>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>Open an existing fund database</source>
            <translation>Ouvrir une base de données de fonds existante</translation>
        </message>
        <message>
            <source>&amp;Back up…</source>
            <extracomment>File menu: save a copy of the open fund database</extracomment>
            <translation>&amp;Sauvegarder…</translation>
        </message>
        <message>
            <source>Save a copy of the open fund database</source>
            <translation>Enregistrer une copie de la base de données du fonds ouvert</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <extracomment>File menu: leave the application</extracomment>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Close FundDesk</source>
            <translation>Fermer FundDesk</translation>
        </message>
        <message>
            <source>&amp;About FundDesk</source>
            <extracomment>Help menu</extracomment>
            <translation>À &amp;propos de FundDesk</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <extracomment>Help menu</extracomment>
            <translation>À propos de &amp;Qt</translation>
        </message>
        <message>
            <source>Current page</source>
            <extracomment>Accessible name of the area that shows the current page</extracomment>
            <translation>Page actuelle</translation>
        </message>
        <message>
            <source>Page list and current page</source>
            <extracomment>Accessible name of the area holding the page list and the current page</extracomment>
            <translation>Liste des pages et page actuelle</translation>
        </message>
        <message>
            <source>Status</source>
            <extracomment>Accessible name of the status bar at the bottom of the main window
----------
Column header: where the application stands in the workflow</extracomment>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Menu</source>
            <extracomment>Accessible name of the menu bar</extracomment>
            <translation>Menu</translation>
        </message>
        <message>
            <source>No fund open</source>
            <extracomment>Status bar, when no fund database is open</extracomment>
            <translation>Aucun fonds ouvert</translation>
        </message>
        <message>
            <source>FundDesk — %1</source>
            <extracomment>Window title; %1 is the file name of the open fund database</extracomment>
            <translation>FundDesk — %1</translation>
        </message>
        <message>
            <source>Fund file: %1</source>
            <extracomment>Status bar; %1 is the file name of the open fund database</extracomment>
            <translation>Fichier du fonds : %1</translation>
        </message>
        <message>
            <source>Open fund file</source>
            <extracomment>Accessible name of the status bar label with the open database</extracomment>
            <translation>Fichier du fonds ouvert</translation>
        </message>
        <message>
            <source>Open fund</source>
            <extracomment>Title of the file dialog that opens a fund database</extracomment>
            <translation>Ouvrir un fonds</translation>
        </message>
        <message>
            <source>Back up fund</source>
            <extracomment>Title of the file dialog that saves a backup copy of the fund database</extracomment>
            <translation>Sauvegarder le fonds</translation>
        </message>
        <message>
            <source>FundDesk %1</source>
            <extracomment>Heading of the About box; %1 is the version number</extracomment>
            <translation>FundDesk %1</translation>
        </message>
        <message>
            <source>FundDesk helps the manager of the UN Voluntary Fund for ICT-security capacity building record contributions, review applications and report on spending, offline on a laptop.</source>
            <translation>FundDesk aide le gestionnaire du Fonds de contributions volontaires des Nations Unies pour le renforcement des capacités en matière de sécurité des TIC à enregistrer les contributions, à évaluer les demandes et à rendre compte des dépenses, hors ligne sur un ordinateur portable.</translation>
        </message>
        <message>
            <source>About FundDesk</source>
            <extracomment>Title of the About box</extracomment>
            <translation>À propos de FundDesk</translation>
        </message>
        <message>
            <source>Fund databases (*.funddesk *.sqlite)</source>
            <extracomment>File dialog filter; keep the patterns in parentheses unchanged</extracomment>
            <translation>Bases de données de fonds (*.funddesk *.sqlite)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <extracomment>File dialog filter; keep the pattern in parentheses unchanged</extracomment>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Pages</source>
            <extracomment>Accessible name of the list of pages on the side of the main window</extracomment>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Choose the page to show. %1 to %2 jump to a page directly.</source>
            <extracomment>%1 and %2 are keyboard shortcuts, e.g. Ctrl+1 and Ctrl+7</extracomment>
            <translation>Choisissez la page à afficher. %1 à %2 permettent d’accéder directement à une page.</translation>
        </message>
        <message>
            <source>Below floor</source>
            <extracomment>Table cell: the request is under the ¶23 minimum funding floor</extracomment>
            <translation>Sous le minimum</translation>
        </message>
        <message>
            <source>Title</source>
            <extracomment>Column header: the title of the capacity-building activity</extracomment>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Region</source>
            <extracomment>Column header: the M49 region of the applicant State
----------
Column header: the geographic region of the donor's country
----------
Column header: the M49 region of the State</extracomment>
            <translation>Région</translation>
        </message>
        <message>
            <source>Focus areas</source>
            <extracomment>Column header: the letters of the ¶26 focus areas, a to i</extracomment>
            <translation>Domaines prioritaires</translation>
        </message>
        <message>
            <source>Years</source>
            <extracomment>Column header: the years the activity runs</extracomment>
            <translation>Années</translation>
        </message>
        <message>
            <source>Requested (USD)</source>
            <extracomment>Column header: the total amount requested, in US dollars</extracomment>
            <translation>Demandé (USD)</translation>
        </message>
        <message>
            <source>Score</source>
            <extracomment>Column header: the aggregate review score, 0 to 5
----------
Column header: the reviewer's score, 0 to 100</extracomment>
            <translation>Note</translation>
        </message>
        <message>
            <source>Spread</source>
            <extracomment>Column header: the difference between the highest and lowest reviewer's score</extracomment>
            <translation>Écart</translation>
        </message>
        <message>
            <source>Floor</source>
            <extracomment>Column header: whether the request is under the minimum funding floor (¶23)</extracomment>
            <translation>Minimum</translation>
        </message>
        <message>
            <source>, </source>
            <extracomment>Separator between the focus-area letters in a table cell: "a, c, f"</extracomment>
            <translation>, </translation>
        </message>
        <message>
            <source>%1–%2</source>
            <extracomment>The years an activity runs: %1 the first year, %2 the last (2026–2027)</extracomment>
            <translation>%1–%2</translation>
        </message>
        <message numerus="yes">
            <source>%1 + %Ln</source>
            <extracomment>The applicant State and how many co-applicant States join it: "Kenya + 2"</extracomment>
            <translation>
                <numerusform>%1 + %Ln</numerusform>
                <numerusform>%1 + %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reviewer(s) scored</source>
            <extracomment>Part of the review summary of an application</extracomment>
            <translation>
                <numerusform>%n évaluateur a noté</numerusform>
                <numerusform>%n évaluateurs ont noté</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recused</source>
            <extracomment>Part of the review summary: reviewers who declared a conflict of interest</extracomment>
            <translation>
                <numerusform>%n récusé</numerusform>
                <numerusform>%n récusés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pending</source>
            <extracomment>Part of the review summary: reviewers who declared no conflict and have not scored yet</extracomment>
            <translation>
                <numerusform>%n en attente</numerusform>
                <numerusform>%n en attente</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <extracomment>The review summary: %1 scored, %2 recused, %3 pending reviewers
----------
The totals line: the shown applications and cost, the women, those meeting ¶21</extracomment>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>Not scored yet (%1).</source>
            <extracomment>%1 is the review summary ("0 reviewers scored · 1 recused · 0 pending")</extracomment>
            <translation>Pas encore noté (%1).</translation>
        </message>
        <message>
            <source>Aggregate score %1 out of 5, spread %2 (%3).</source>
            <extracomment>%1 the aggregate score (0–5, such as 3.20), %2 the spread between reviewers (0.80), %3 the review summary</extracomment>
            <translation>Note globale %1 sur 5, écart %2 (%3).</translation>
        </message>
        <message>
            <source>Donor</source>
            <extracomment>Column header: who gave the contribution
----------
Column header: the donor's name</extracomment>
            <translation>Donateur</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <extracomment>Due-diligence status and the date it was decided, e.g. "Cleared, 3/4/25"</extracomment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Country</source>
            <extracomment>Column header: the donor's country</extracomment>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Due diligence</source>
            <extracomment>Column header: the UN's due-diligence clearance of the donor (¶14)</extracomment>
            <translation>Diligence raisonnable</translation>
        </message>
        <message>
            <source>Received (USD)</source>
            <extracomment>Column header: total money received from the donor, in US dollars</extracomment>
            <translation>Reçu (USD)</translation>
        </message>
        <message>
            <source>Outstanding pledges (USD)</source>
            <extracomment>Column header: money pledged by the donor and not yet received, in US dollars</extracomment>
            <translation>Annonces en attente (USD)</translation>
        </message>
        <message>
            <source>%1 %</source>
            <extracomment>A share of a total: %1 is a number such as 23.5
----------
a percentage; %1 is the localized number</extracomment>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Equal share</source>
            <extracomment>The last line of the geographic balance: the total divided equally</extracomment>
            <translation>Part égale</translation>
        </message>
        <message>
            <source>%1 of the total; the dashed line is the equal share, %2.</source>
            <extracomment>Tooltip of a bar: %1 the line's share, %2 the equal share, both percentages</extracomment>
            <translation>%1 du total ; la ligne pointillée correspond à la part égale, %2.</translation>
        </message>
        <message>
            <source>M49 region</source>
            <extracomment>Column header of the geographic balance: an M49 region or a UN regional group</extracomment>
            <translation>Région M49</translation>
        </message>
        <message>
            <source>Regional group</source>
            <translation>Groupe régional</translation>
        </message>
        <message>
            <source>Applications</source>
            <extracomment>Column header: number of applications with a State in the region
----------
Tab of the Activities page: the table of applications</extracomment>
            <translation>Demandes</translation>
        </message>
        <message>
            <source>Share of requested</source>
            <extracomment>Column header: a bar of the region's share of all requested amounts</extracomment>
            <translation>Part des montants demandés</translation>
        </message>
        <message>
            <source>Recommended (USD)</source>
            <extracomment>Column header: amounts recommended, approved, active or completed</extracomment>
            <translation>Recommandé (USD)</translation>
        </message>
        <message>
            <source>Share of recommended</source>
            <translation>Part des montants recommandés</translation>
        </message>
        <message>
            <source>▼ The available balance of %1 runs out here: the applications below do not fit.</source>
            <extracomment>Marker row of the ranking: %1 is the fund's available balance such as USD 1,200,000.00</extracomment>
            <translation>▼ Le solde disponible de %1 est épuisé ici : les demandes ci-dessous ne peuvent pas être financées.</translation>
        </message>
        <message>
            <source>Below floor: not counted</source>
            <extracomment>Ranking: the request is under the ¶23 floor, so it is not added to the running total</extracomment>
            <translation>Sous le minimum : non comptabilisée</translation>
        </message>
        <message>
            <source>Not scored: not counted</source>
            <extracomment>Ranking: no reviewer has scored the application, so it is not counted</extracomment>
            <translation>Non notée : non comptabilisée</translation>
        </message>
        <message>
            <source>Within balance</source>
            <extracomment>Ranking: the running total is within (or beyond) the available balance</extracomment>
            <translation>Dans les limites du solde</translation>
        </message>
        <message>
            <source>Beyond balance</source>
            <translation>Au-delà du solde</translation>
        </message>
        <message>
            <source>Rank</source>
            <extracomment>Column header: the position in the ranking by aggregate score</extracomment>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Running total (USD)</source>
            <extracomment>Column header: the sum requested by this and every counted application above it</extracomment>
            <translation>Cumul (USD)</translation>
        </message>
        <message>
            <source>Against balance</source>
            <extracomment>Column header: whether the running total is within the available balance</extracomment>
            <translation>Par rapport au solde</translation>
        </message>
        <message>
            <source>Donors and contributions</source>
            <extracomment>Accessible name of the Donors &amp; Contributions page</extracomment>
            <translation>Donateurs et contributions</translation>
        </message>
        <message>
            <source>Contributions</source>
            <extracomment>Heading of the contributions table: pledges and receipts</extracomment>
            <translation>Contributions</translation>
        </message>
        <message numerus="yes">
            <source>%n contribution(s) shown · received %1 · pledged %2</source>
            <extracomment>Totals under the contributions table; %1 and %2 are amounts such as USD 1,000.00</extracomment>
            <translation>
                <numerusform>%n contribution affichée · reçu %1 · annoncé %2</numerusform>
                <numerusform>%n contributions affichées · reçu %1 · annoncé %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit Contribution</source>
            <translation>Modifier la contribution</translation>
        </message>
        <message>
            <source>Delete the receipt of %1 from %2 dated %3? Its last state is kept in the contribution history.</source>
            <extracomment>%1 is an amount such as EUR 1,000.00, %2 the donor, %3 a date</extracomment>
            <translation>Supprimer l’encaissement de %1 versé par %2 le %3 ? Son dernier état est conservé dans l’historique de la contribution.</translation>
        </message>
        <message>
            <source>Delete the pledge of %1 from %2 dated %3?</source>
            <extracomment>%1 is an amount such as EUR 1,000.00, %2 the donor, %3 a date</extracomment>
            <translation>Supprimer l’annonce de contribution de %1 faite par %2 le %3 ?</translation>
        </message>
        <message>
            <source>Delete Contribution</source>
            <translation>Supprimer la contribution</translation>
        </message>
        <message>
            <source>Deleted by the fund manager</source>
            <extracomment>Reason kept in a contribution's history when it is deleted from the table</extracomment>
            <translation>Supprimé par le gestionnaire du fonds</translation>
        </message>
        <message>
            <source>Add contribution</source>
            <translation>Ajouter une contribution</translation>
        </message>
        <message>
            <source>Record a pledge or a receipt (Insert)</source>
            <translation>Enregistrer une annonce de contribution ou un encaissement (Inser)</translation>
        </message>
        <message>
            <source>Edit contribution</source>
            <translation>Modifier la contribution</translation>
        </message>
        <message>
            <source>Edit the selected contribution (Enter)</source>
            <translation>Modifier la contribution sélectionnée (Entrée)</translation>
        </message>
        <message>
            <source>Delete contribution</source>
            <translation>Supprimer la contribution</translation>
        </message>
        <message>
            <source>Delete the selected contribution (Del)</source>
            <translation>Supprimer la contribution sélectionnée (Suppr)</translation>
        </message>
        <message>
            <source>Contribution history</source>
            <translation>Historique de la contribution</translation>
        </message>
        <message>
            <source>Donors</source>
            <extracomment>Heading of the donors table</extracomment>
            <translation>Donateurs</translation>
        </message>
        <message numerus="yes">
            <source>%n donor(s) shown · received %1 · outstanding pledges %2</source>
            <extracomment>Totals under the donors table; %1 and %2 are amounts such as USD 1,000.00</extracomment>
            <translation>
                <numerusform>%n donateur affiché · reçu %1 · annonces en attente %2</numerusform>
                <numerusform>%n donateurs affichés · reçu %1 · annonces en attente %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete Donor</source>
            <extracomment>%1 is the donor's name</extracomment>
            <translation>Supprimer le donateur</translation>
        </message>
        <message>
            <source>Delete the donor “%1”? This cannot be undone.</source>
            <translation>Supprimer le donateur « %1 » ? Cette opération est irréversible.</translation>
        </message>
        <message>
            <source>Add donor</source>
            <translation>Ajouter un donateur</translation>
        </message>
        <message>
            <source>Add a donor (Insert)</source>
            <translation>Ajouter un donateur (Inser)</translation>
        </message>
        <message>
            <source>Edit donor</source>
            <translation>Modifier le donateur</translation>
        </message>
        <message>
            <source>Edit the selected donor (Enter)</source>
            <translation>Modifier le donateur sélectionné (Entrée)</translation>
        </message>
        <message>
            <source>Delete donor</source>
            <translation>Supprimer le donateur</translation>
        </message>
        <message>
            <source>Delete the selected donor (Del)</source>
            <translation>Supprimer le donateur sélectionné (Suppr)</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <extracomment>Main window page: overview of the fund</extracomment>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Key figures of the fund at a glance</source>
            <translation>Chiffres clés du fonds en un coup d’œil</translation>
        </message>
        <message>
            <source>Key figures for the year, the fund's size against the USD 2 million and USD 5 million scenarios, and spending by region.</source>
            <translation>Chiffres clés de l’année, taille du fonds par rapport aux scénarios à 2 millions et à 5 millions de dollars, et dépenses par région.</translation>
        </message>
        <message>
            <source>Donors &amp; Contributions</source>
            <extracomment>Main window page: donors and the money they give</extracomment>
            <translation>Donateurs et contributions</translation>
        </message>
        <message>
            <source>Donors, pledges and received contributions</source>
            <translation>Donateurs, annonces et contributions reçues</translation>
        </message>
        <message>
            <source>Member States and non-governmental donors, their pledges and payments, due-diligence clearance and whether each contribution may be published.</source>
            <translation>États Membres et donateurs non gouvernementaux, leurs annonces de contribution et leurs versements, la validation au titre de la diligence raisonnable et l’autorisation de publier chaque contribution.</translation>
        </message>
        <message>
            <source>Sponsorships</source>
            <extracomment>Main window page: travel sponsorships of representatives and experts</extracomment>
            <translation>Parrainages</translation>
        </message>
        <message>
            <source>Applications to sponsor representatives and experts</source>
            <translation>Demandes de parrainage de représentants et d’experts</translation>
        </message>
        <message>
            <source>Applications from representatives and experts to attend the sessions, checked against the eligibility criteria, with gender balance and geographic diversity of the selection.</source>
            <translation>Demandes de représentants et d’experts souhaitant participer aux sessions, vérifiées au regard des critères d’admissibilité, compte tenu de l’équilibre entre les genres et de la diversité géographique de la sélection.</translation>
        </message>
        <message>
            <source>Activities</source>
            <extracomment>Main window page: capacity-building activities funded by the fund</extracomment>
            <translation>Activités</translation>
        </message>
        <message>
            <source>Capacity-building activities and their proposals</source>
            <translation>Activités de renforcement des capacités et propositions correspondantes</translation>
        </message>
        <message>
            <source>Proposals for capacity-building activities from governments and their implementing partners, scored against the selection criteria and focus areas.</source>
            <translation>Propositions d’activités de renforcement des capacités présentées par les gouvernements et leurs partenaires d’exécution, notées au regard des critères de sélection et des domaines prioritaires.</translation>
        </message>
        <message>
            <source>Disbursements</source>
            <extracomment>Main window page: payments made by the fund</extracomment>
            <translation>Décaissements</translation>
        </message>
        <message>
            <source>Payments for approved sponsorships and activities</source>
            <translation>Paiements au titre des parrainages et des activités approuvés</translation>
        </message>
        <message>
            <source>Payments made for sponsorships and activities approved by the High Representative, and the balance left in the fund.</source>
            <translation>Paiements effectués au titre des parrainages et des activités approuvés par la Haute-Représentante, et solde restant dans le fonds.</translation>
        </message>
        <message>
            <source>Reports</source>
            <extracomment>Main window page: printable reports and approval packets</extracomment>
            <translation>Rapports</translation>
        </message>
        <message>
            <source>Reports, charts and approval packets</source>
            <translation>Rapports, graphiques et dossiers d’approbation</translation>
        </message>
        <message>
            <source>Reports on contributions and spending, charts of spending by region, and PDF approval packets for the High Representative's signature.</source>
            <translation>Rapports sur les contributions et les dépenses, graphiques des dépenses par région et dossiers d’approbation en PDF à soumettre à la signature de la Haute-Représentante.</translation>
        </message>
        <message>
            <source>Settings</source>
            <extracomment>Main window page: application and fund settings</extracomment>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Fund threshold, currencies and language</source>
            <translation>Seuil du fonds, devises et langue</translation>
        </message>
        <message>
            <source>The fund's operational threshold, exchange rates, how staff costs are paid, and the language of the application.</source>
            <translation>Seuil opérationnel du fonds, taux de change, mode de financement des dépenses de personnel et langue de l’application.</translation>
        </message>
        <message>
            <source>About this page</source>
            <extracomment>Accessible name of the paragraph that describes a page not yet built</extracomment>
            <translation>À propos de cette page</translation>
        </message>
        <message>
            <source>Fund Settings</source>
            <extracomment>Heading of the Settings page</extracomment>
            <translation>Paramètres du fonds</translation>
        </message>
        <message>
            <source>Fund &amp;name:</source>
            <extracomment>Form label: the fund's name, shown on reports</extracomment>
            <translation>&amp;Nom du fonds :</translation>
        </message>
        <message>
            <source>Operational &amp;threshold (USD):</source>
            <extracomment>Form label: ¶16 minimum of receipts before the fund operates</extracomment>
            <translation>&amp;Seuil opérationnel (USD) :</translation>
        </message>
        <message>
            <source>Threshold &amp;announced:</source>
            <extracomment>Form label: when donors were told the threshold</extracomment>
            <translation>Seuil &amp;annoncé :</translation>
        </message>
        <message>
            <source>Staff costs:</source>
            <extracomment>Form label: where the salaries of the fund's two posts are paid from (¶15)</extracomment>
            <translation>Dépenses de personnel :</translation>
        </message>
        <message>
            <source>Annual cost of the &amp;P post (USD):</source>
            <extracomment>Form label: annual cost of the Professional (P) post</extracomment>
            <translation>Coût annuel du poste &amp;P (USD) :</translation>
        </message>
        <message>
            <source>Annual cost of the &amp;GS post (USD):</source>
            <extracomment>Form label: annual cost of the General Service (GS) post</extracomment>
            <translation>Coût annuel du poste S&amp;G (USD) :</translation>
        </message>
        <message>
            <source>Activity funding &amp;floor (USD):</source>
            <extracomment>Form label: ¶23 minimum funding of an activity</extracomment>
            <translation>&amp;Montant minimal de financement d’une activité (USD) :</translation>
        </message>
        <message>
            <source>Announced on</source>
            <extracomment>Check box before the date the threshold was announced to donors</extracomment>
            <translation>Annoncé le</translation>
        </message>
        <message>
            <source>Threshold announced</source>
            <translation>Seuil annoncé</translation>
        </message>
        <message>
            <source>Date the threshold was announced</source>
            <translation>Date d’annonce du seuil</translation>
        </message>
        <message>
            <source>Charged to the regular budget</source>
            <extracomment>Staff costs option (¶15)</extracomment>
            <translation>Imputées sur le budget ordinaire</translation>
        </message>
        <message>
            <source>Charged to voluntary contributions</source>
            <extracomment>Staff costs option (¶15)</extracomment>
            <translation>Imputées sur les contributions volontaires</translation>
        </message>
        <message>
            <source>¶15: the fund has a Professional (P) post and a General Service (GS) post. When they are charged to voluntary contributions, their annual cost is set aside from the money received before any sponsorship or activity; under the regular budget, contributions go to sponsorships and activities only.</source>
            <extracomment>¶15 is a paragraph of the report that set up the fund</extracomment>
            <translation>¶15 : le fonds dispose d’un poste d’administrateur (P) et d’un poste d’agent des services généraux (SG). Lorsqu’ils sont imputés sur les contributions volontaires, leur coût annuel est prélevé sur les fonds reçus avant tout parrainage ou toute activité ; lorsqu’ils sont imputés sur le budget ordinaire, les contributions vont uniquement aux parrainages et aux activités.</translation>
        </message>
        <message>
            <source>¶23: the least an activity must be funded with; activities below it are not approved.</source>
            <extracomment>¶23 is a paragraph of the report that set up the fund</extracomment>
            <translation>¶23 : le montant minimal de financement d’une activité ; les activités en deçà ne sont pas approuvées.</translation>
        </message>
        <message>
            <source>&amp;Save Settings</source>
            <extracomment>Button on the Settings page</extracomment>
            <translation>&amp;Enregistrer les paramètres</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Enregistrer les paramètres</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <extracomment>Shown beside the Save button once the settings are stored</extracomment>
            <translation>Paramètres enregistrés.</translation>
        </message>
        <message>
            <source>Filter by name, kind, country, region, year…</source>
            <extracomment>Placeholder of the filter box above a table</extracomment>
            <translation>Filtrer par nom, catégorie, pays, région, année…</translation>
        </message>
        <message>
            <source>Filter %1</source>
            <extracomment>Accessible name of the filter box above a table; %1 is the table's title</extracomment>
            <translation>Filtrer %1</translation>
        </message>
        <message>
            <source>Totals</source>
            <extracomment>Accessible name of the line of totals under a table</extracomment>
            <translation>Totaux</translation>
        </message>
        <message>
            <source>No co-applicant State: a national activity.</source>
            <extracomment>Under the co-applicant list when no State is ticked</extracomment>
            <translation>Aucun État codemandeur : activité nationale.</translation>
        </message>
        <message numerus="yes">
            <source>%n co-applicant State(s) chosen: %1</source>
            <extracomment>Under the co-applicant list: %1 lists the ticked States' names</extracomment>
            <translation>
                <numerusform>%n État codemandeur choisi : %1</numerusform>
                <numerusform>%n États codemandeurs choisis : %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Governance Consultation</source>
            <translation>Consultation de la structure de gouvernance</translation>
        </message>
        <message>
            <source>&amp;Date of the consultation:</source>
            <extracomment>Form label: the day the governance structure was consulted (¶18)</extracomment>
            <translation>&amp;Date de la consultation :</translation>
        </message>
        <message>
            <source>&amp;Participants: States and members who took part, one per line:</source>
            <translation>&amp;Participants : États et membres ayant pris part, un par ligne :</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>&amp;Advice per application:</source>
            <translation>&amp;Avis par demande :</translation>
        </message>
        <message>
            <source>Advice per application</source>
            <translation>Avis par demande</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Date of the consultation</source>
            <translation>Date de la consultation</translation>
        </message>
        <message>
            <source>Stance</source>
            <extracomment>Column header: where the governance structure stands on the application</extracomment>
            <translation>Position</translation>
        </message>
        <message>
            <source>Advice</source>
            <extracomment>Column header: the advice given, in words</extracomment>
            <translation>Avis</translation>
        </message>
        <message>
            <source>Not discussed</source>
            <extracomment>First choice of the stance combo: the application was not on the agenda</extracomment>
            <translation>Non examinée</translation>
        </message>
        <message>
            <source>Stance on %1</source>
            <extracomment>Accessible name of a stance box; %1 is the application's reference</extracomment>
            <translation>Position sur %1</translation>
        </message>
        <message>
            <source>Advice on %1</source>
            <extracomment>Accessible name of an advice box; %1 is the application's reference</extracomment>
            <translation>Avis sur %1</translation>
        </message>
        <message>
            <source>Step 1: conflict of interest</source>
            <extracomment>Group title: the first step of a review</extracomment>
            <translation>Étape 1 : conflit d’intérêts</translation>
        </message>
        <message>
            <source>Step 2: scores (¶25)</source>
            <extracomment>Group title: the second step of a review</extracomment>
            <translation>Étape 2 : notes (¶25)</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <extracomment>File menu: replace the open fund with a backup copy</extracomment>
            <translation>&amp;Restaurer…</translation>
        </message>
        <message>
            <source>Replace the fund with a backup, after checking it</source>
            <translation>Remplacer le fonds par une sauvegarde, après l’avoir vérifiée</translation>
        </message>
        <message>
            <source>&amp;Manual</source>
            <extracomment>Help menu: open the user manual</extracomment>
            <translation>&amp;Manuel</translation>
        </message>
        <message>
            <source>Restore fund from backup</source>
            <extracomment>Title of the file dialog that picks a backup to restore</extracomment>
            <translation>Restaurer le fonds à partir d’une sauvegarde</translation>
        </message>
        <message>
            <source>Capacity-building activities</source>
            <extracomment>Accessible name of the Activities page</extracomment>
            <translation>Activités de renforcement des capacités</translation>
        </message>
        <message>
            <source>Ranking</source>
            <extracomment>Tab of the Activities page: applications by aggregate score</extracomment>
            <translation>Classement</translation>
        </message>
        <message>
            <source>Geographic Balance</source>
            <extracomment>Tab of the Activities page: amounts by region (¶25c)</extracomment>
            <translation>Équilibre géographique</translation>
        </message>
        <message numerus="yes">
            <source>%n application(s) shown · requested %1</source>
            <extracomment>Under the activities table: %1 is the total requested such as USD 1,000.00</extracomment>
            <translation>
                <numerusform>%n demande affichée · demandé %1</numerusform>
                <numerusform>%n demandes affichées · demandé %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n below the funding floor</source>
            <extracomment>Under the activities table: how many shown applications are under the ¶23 floor</extracomment>
            <translation>
                <numerusform>%n sous le montant minimal de financement</numerusform>
                <numerusform>%n sous le montant minimal de financement</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <extracomment>names a paid item in the disbursements table: %1 its reference, %2 its title
----------
names an activity in a dialog's heading: %1 its reference, %2 its title
----------
The totals line: %1 the shown applications and amount, %2 those below the floor</extracomment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Edit Activity Application</source>
            <translation>Modifier la demande d’activité</translation>
        </message>
        <message>
            <source>Delete the activity application %1, “%2”?</source>
            <extracomment>%1 is the application's reference, %2 its title</extracomment>
            <translation>Supprimer la demande d’activité %1, « %2 » ?</translation>
        </message>
        <message>
            <source>Delete Activity Application</source>
            <translation>Supprimer la demande d’activité</translation>
        </message>
        <message>
            <source>Export Scores</source>
            <translation>Exporter les notes</translation>
        </message>
        <message>
            <source>review-scores.csv</source>
            <extracomment>Default file name of the exported review scores</extracomment>
            <translation>notes-evaluation.csv</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <extracomment>File type filter of the save dialog
----------
file type filter in a file dialog</extracomment>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Activity applications</source>
            <extracomment>Heading of the table of capacity-building activity applications</extracomment>
            <translation>Demandes d’activité</translation>
        </message>
        <message>
            <source>Filter by reference, title, State, partner…</source>
            <extracomment>Placeholder of the filter box above the activities table</extracomment>
            <translation>Filtrer par référence, titre, État, partenaire…</translation>
        </message>
        <message>
            <source>Add activity application</source>
            <translation>Ajouter une demande d’activité</translation>
        </message>
        <message>
            <source>Record a new application (Insert)</source>
            <translation>Enregistrer une nouvelle demande (Inser)</translation>
        </message>
        <message>
            <source>Edit activity application</source>
            <translation>Modifier la demande d’activité</translation>
        </message>
        <message>
            <source>Edit the selected application (Enter)</source>
            <translation>Modifier la demande sélectionnée (Entrée)</translation>
        </message>
        <message>
            <source>Delete activity application</source>
            <translation>Supprimer la demande d’activité</translation>
        </message>
        <message>
            <source>Delete the selected application (Del)</source>
            <translation>Supprimer la demande sélectionnée (Suppr)</translation>
        </message>
        <message>
            <source>Score activity application</source>
            <translation>Noter la demande d’activité</translation>
        </message>
        <message>
            <source>Record governance consultation</source>
            <translation>Enregistrer la consultation de la structure de gouvernance</translation>
        </message>
        <message>
            <source>Export review scores</source>
            <translation>Exporter les notes d’évaluation</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <extracomment>Filter above the activities table
----------
Filter above the sponsorship applications</extracomment>
            <translation>S&amp;tatut :</translation>
        </message>
        <message>
            <source>Re&amp;gion:</source>
            <translation>Ré&amp;gion :</translation>
        </message>
        <message>
            <source>F&amp;ocus area:</source>
            <translation>D&amp;omaine prioritaire :</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Année :</translation>
        </message>
        <message>
            <source>All statuses</source>
            <extracomment>First entry of a filter combo: no filtering</extracomment>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>All regions</source>
            <translation>Toutes les régions</translation>
        </message>
        <message>
            <source>All focus areas</source>
            <translation>Tous les domaines prioritaires</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Toutes les années</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>Filtrer par statut</translation>
        </message>
        <message>
            <source>Filter by region</source>
            <translation>Filtrer par région</translation>
        </message>
        <message>
            <source>Filter by focus area</source>
            <translation>Filtrer par domaine prioritaire</translation>
        </message>
        <message>
            <source>Filter by year the activity runs in</source>
            <extracomment>Accessible name of the year filter: activities running in that year</extracomment>
            <translation>Filtrer par année de déroulement de l’activité</translation>
        </message>
        <message>
            <source>Activities that run in the chosen year</source>
            <translation>Activités se déroulant pendant l’année choisie</translation>
        </message>
        <message>
            <source>Requested in all: %1 · recommended in all: %2</source>
            <extracomment>Under the geographic balance: %1 total requested, %2 total recommended</extracomment>
            <translation>Total demandé : %1 · total recommandé : %2</translation>
        </message>
        <message>
            <source>Geographic balance (¶25c): what the applications request and what is recommended or beyond, by region. A regional activity counts in equal parts for each participating State. The dashed line in each bar and the last row show the equal share: the total divided equally.</source>
            <translation>Équilibre géographique (¶25c) : montants demandés et montants recommandés ou à un stade ultérieur, par région. Une activité régionale compte à parts égales pour chaque État participant. La ligne pointillée de chaque barre et la dernière ligne du tableau indiquent la part égale : le total divisé à parts égales.</translation>
        </message>
        <message>
            <source>By M49 region</source>
            <extracomment>Heading of the table by M49 geographic region</extracomment>
            <translation>Par région M49</translation>
        </message>
        <message>
            <source>By UN regional group</source>
            <extracomment>Heading of the table by UN regional group</extracomment>
            <translation>Par groupe régional de l’ONU</translation>
        </message>
        <message numerus="yes">
            <source>%n of %1 candidate application(s) fit within the available balance of %2; the scored requests above the floor add up to %3.</source>
            <extracomment>Under the ranking: %1 the number of candidates, %2 the available balance, %3 the total requested by the scored applications above the floor</extracomment>
            <translation>
                <numerusform>%n des %1 demandes candidates tient dans le solde disponible de %2 ; les demandes notées au-dessus du montant minimal totalisent %3.</numerusform>
                <numerusform>%n des %1 demandes candidates tiennent dans le solde disponible de %2 ; les demandes notées au-dessus du montant minimal totalisent %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ranking by aggregate score</source>
            <extracomment>Heading of the ranking of activity applications by aggregate score</extracomment>
            <translation>Classement par note globale</translation>
        </message>
        <message>
            <source>Applications that are eligible, under review or recommended, highest aggregate score first. The running total adds up the scored requests above the minimum funding floor against the fund's available balance for this year.</source>
            <translation>Demandes recevables, en cours d’examen ou recommandées, par ordre décroissant de note globale. Le total cumulé additionne les demandes notées au-dessus du montant minimal de financement et le compare au solde disponible du fonds pour l’exercice.</translation>
        </message>
        <message>
            <source>Ranking summary</source>
            <translation>Synthèse du classement</translation>
        </message>
        <message>
            <source>US dollars</source>
            <extracomment>axis title of a chart of amounts</extracomment>
            <translation>Dollars des États-Unis</translation>
        </message>
        <message>
            <source>Per cent</source>
            <extracomment>axis title of a chart of shares</extracomment>
            <translation>Pourcentage</translation>
        </message>
        <message>
            <source>Number</source>
            <extracomment>axis title of a chart of counts</extracomment>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>&amp;Save chart…</source>
            <extracomment>button under a chart</extracomment>
            <translation>&amp;Enregistrer le graphique…</translation>
        </message>
        <message>
            <source>Save as &amp;PNG…</source>
            <translation>Enregistrer au format &amp;PNG…</translation>
        </message>
        <message>
            <source>Save as S&amp;VG…</source>
            <translation>Enregistrer au format S&amp;VG…</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Enregistrer le graphique</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Image PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>Dessin SVG (*.svg)</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
        </message>
        <message>
            <source>Chart: %1. Right-click to save it as PNG or SVG.</source>
            <extracomment>accessible description of a chart; %1 is its title</extracomment>
            <translation>Graphique : %1. Cliquez avec le bouton droit pour l’enregistrer au format PNG ou SVG.</translation>
        </message>
        <message>
            <source>Save the chart “%1”</source>
            <extracomment>%1 is a chart's title</extracomment>
            <translation>Enregistrer le graphique « %1 »</translation>
        </message>
        <message>
            <source>%1
%2: %3</source>
            <extracomment>chart tooltip: %1 the category (a region, a month), %2 the series, %3 the value</extracomment>
            <translation>%1
%2 : %3</translation>
        </message>
        <message>
            <source>A new application starts as Draft or Submitted; a stored one moves to its next status with Workflow… on the Activities page.</source>
            <translation>Une nouvelle demande commence au statut Brouillon ou Soumise ; une demande enregistrée passe au statut suivant au moyen de « Circuit de validation… » sur la page Activités.</translation>
        </message>
        <message>
            <source>%1 · %2 — remaining %3</source>
            <extracomment>an item in the payment dialog: %1 reference, %2 title, %3 what remains to pay</extracomment>
            <translation>%1 · %2 — reste %3</translation>
        </message>
        <message>
            <source>No item has been paid yet: there is nothing to refund.</source>
            <translation>Aucun élément n’a encore été payé : il n’y a rien à rembourser.</translation>
        </message>
        <message>
            <source>No approved or active item: a payment needs one.</source>
            <translation>Aucun élément approuvé ou en cours : un paiement doit se rapporter à un tel élément.</translation>
        </message>
        <message>
            <source>Committed %1 · paid %2 · remaining %3</source>
            <extracomment>%1 committed, %2 paid so far, %3 what remains, all with currency</extracomment>
            <translation>Engagé %1 · payé %2 · reste %3</translation>
        </message>
        <message>
            <source>Choose the approved item the payment is for.</source>
            <translation>Choisissez l’élément approuvé auquel se rapporte le paiement.</translation>
        </message>
        <message>
            <source>Enter the amount paid.</source>
            <translation>Saisissez le montant payé.</translation>
        </message>
        <message>
            <source>“%1” is not an amount. Type digits, with the decimals after the decimal sign.</source>
            <translation>« %1 » n’est pas un montant. Tapez des chiffres, avec les décimales après le séparateur décimal.</translation>
        </message>
        <message>
            <source>Record a Refund</source>
            <translation>Enregistrer un remboursement</translation>
        </message>
        <message>
            <source>Record a Payment</source>
            <translation>Enregistrer un paiement</translation>
        </message>
        <message>
            <source>&amp;Item:</source>
            <extracomment>the approved sponsorship or activity a payment is made against</extracomment>
            <translation>Élé&amp;ment :</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>&amp;Amount:</source>
            <translation>&amp;Montant :</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <extracomment>Form label: the currency the fund's books are kept in (always USD)</extracomment>
            <translation>De&amp;vise :</translation>
        </message>
        <message>
            <source>USD &amp;rate:</source>
            <translation>&amp;Taux en USD :</translation>
        </message>
        <message>
            <source>&amp;Payee:</source>
            <translation>&amp;Bénéficiaire du paiement :</translation>
        </message>
        <message>
            <source>Re&amp;ference:</source>
            <translation>Ré&amp;férence :</translation>
        </message>
        <message>
            <source>Reas&amp;on for the refund:</source>
            <translation>M&amp;otif du remboursement :</translation>
        </message>
        <message>
            <source>Item</source>
            <extracomment>the approved sponsorship or activity a payment is made against</extracomment>
            <translation>Élément</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>USD rate</source>
            <translation>Taux en USD</translation>
        </message>
        <message>
            <source>Payee</source>
            <translation>Bénéficiaire du paiement</translation>
        </message>
        <message>
            <source>Reason for the refund</source>
            <translation>Motif du remboursement</translation>
        </message>
        <message>
            <source>The approved or active items, each with what remains to pay.</source>
            <translation>Éléments approuvés ou en cours, avec pour chacun le montant restant à payer.</translation>
        </message>
        <message>
            <source>How many US dollars one unit of the currency was worth on the day.</source>
            <translation>Combien de dollars des États-Unis valait une unité de la devise ce jour-là.</translation>
        </message>
        <message>
            <source>&amp;Record refund</source>
            <translation>&amp;Enregistrer le remboursement</translation>
        </message>
        <message>
            <source>&amp;Record payment</source>
            <translation>&amp;Enregistrer le paiement</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <extracomment>%1 is a line number of the CSV file, %2 the problem</extracomment>
            <translation>Ligne %1 : %2</translation>
        </message>
        <message>
            <source>Line %1, column %2: %3</source>
            <extracomment>%1 is a line number of the CSV file, %2 a column name, %3 the problem</extracomment>
            <translation>Ligne %1, colonne %2 : %3</translation>
        </message>
        <message>
            <source>Choose the CSV file to import</source>
            <translation>Choisissez le fichier CSV à importer</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <extracomment>file type filter in a file dialog</extracomment>
            <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>“%1” could not be opened. Check its name and that you may read it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>« %1 » n’a pas pu être ouvert. Vérifiez son nom et que vous avez le droit de le lire.</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <extracomment>Shown while the import file is being checked</extracomment>
            <translation>Vérification du fichier…</translation>
        </message>
        <message>
            <source>The check was cancelled.</source>
            <extracomment>The user cancelled the check of an import file</extracomment>
            <translation>La vérification a été annulée.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) checked, no problem found. Import writes them all at once.</source>
            <extracomment>%n is the number of rows of the file</extracomment>
            <translation>
                <numerusform>%n ligne vérifiée, aucun problème détecté. L’importation l’enregistre en une seule opération.</numerusform>
                <numerusform>%n lignes vérifiées, aucun problème détecté. L’importation les enregistre toutes en une seule opération.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found. Correct the file and check it again: nothing is imported while any remains.</source>
            <extracomment>%n is the number of problems; nothing is imported until all are corrected</extracomment>
            <translation>
                <numerusform>%n problème détecté. Corrigez le fichier et vérifiez-le de nouveau : rien n’est importé tant que ce problème subsiste.</numerusform>
                <numerusform>%n problèmes détectés. Corrigez le fichier et vérifiez-le de nouveau : rien n’est importé tant qu’il subsiste un problème.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <extracomment>Shown while the rows of an import file are written</extracomment>
            <translation>Importation…</translation>
        </message>
        <message>
            <source>Choose the kind of records and the CSV file, then check it.</source>
            <extracomment>How the import dialog starts</extracomment>
            <translation>Choisissez le type d’enregistrements et le fichier CSV, puis vérifiez-le.</translation>
        </message>
        <message>
            <source>Import from CSV</source>
            <extracomment>Title of the import dialog</extracomment>
            <translation>Importer depuis un fichier CSV</translation>
        </message>
        <message>
            <source>&amp;Kind of records:</source>
            <translation>&amp;Type d’enregistrements :</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <extracomment>Form label: the file the new fund is saved in</extracomment>
            <translation>&amp;Fichier :</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>C&amp;heck</source>
            <translation>&amp;Vérifier</translation>
        </message>
        <message>
            <source>The conditions of the receipts in this file do not restrict their use to specific activities (no earmarking, ¶19)</source>
            <translation>Les conditions des encaissements de ce fichier ne limitent pas leur utilisation à des activités déterminées (pas de préaffectation, ¶19)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <extracomment>Button in the banner shown while a fund opens</extracomment>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <extracomment>Button of the import dialog: write the checked file's rows</extracomment>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>Kind of records</source>
            <translation>Type d’enregistrements</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>Fichier CSV</translation>
        </message>
        <message>
            <source>Path of a UTF-8 CSV file, comma or semicolon</source>
            <translation>Chemin d’un fichier CSV en UTF-8, séparé par des virgules ou des points-virgules</translation>
        </message>
        <message>
            <source>Receipts' conditions are not earmarks</source>
            <translation>Les conditions des encaissements ne constituent pas des préaffectations</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Result of the check</source>
            <translation>Résultat de la vérification</translation>
        </message>
        <message>
            <source>Rows of the file</source>
            <translation>Lignes du fichier</translation>
        </message>
        <message>
            <source>Every row of the file with the problems found in it, in the last column</source>
            <translation>Chaque ligne du fichier, avec les problèmes détectés dans la dernière colonne</translation>
        </message>
        <message>
            <source>Problems found</source>
            <translation>Problèmes détectés</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>%1 is the form label such as "DSA rate", %2 why the amount was refused
----------
A line of the slate figures: %1 the label, %2 the value
----------
one field of a created or deleted record: %1 the field, %2 its value</extracomment>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Line</source>
            <extracomment>Column of the import preview: the line of the CSV file</extracomment>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Problems</source>
            <extracomment>Column of the import preview: what is wrong with the row</extracomment>
            <translation>Problèmes</translation>
        </message>
        <message>
            <source>One delegate: from %1 to %2 by region of origin</source>
            <extracomment>Live under the cost norms: %1 the cheapest, %2 the dearest estimate for one delegate</extracomment>
            <translation>Un délégué : de %1 à %2 selon la région d’origine</translation>
        </message>
        <message>
            <source>Meeting %1</source>
            <translation>Réunion %1</translation>
        </message>
        <message>
            <source>New Meeting</source>
            <translation>Nouvelle réunion</translation>
        </message>
        <message>
            <source>&amp;City:</source>
            <translation>&amp;Ville :</translation>
        </message>
        <message>
            <source>&amp;First day:</source>
            <extracomment>Form label: the first day of the meeting</extracomment>
            <translation>&amp;Premier jour :</translation>
        </message>
        <message>
            <source>&amp;Last day:</source>
            <translation>&amp;Dernier jour :</translation>
        </message>
        <message>
            <source>Formal &amp;meeting days:</source>
            <extracomment>Form label: the days of formal meetings a sponsored delegate attends (¶21d)</extracomment>
            <translation>Jours de séances &amp;officielles :</translation>
        </message>
        <message>
            <source>Airfare by region of origin (USD):</source>
            <extracomment>Form label above the return airfare estimated per region the delegate travels from</extracomment>
            <translation>Billet d’avion selon la région d’origine (USD) :</translation>
        </message>
        <message>
            <source>&amp;DSA rate per day (USD):</source>
            <extracomment>Form label: the daily subsistence allowance rate, in USD</extracomment>
            <translation>Taux de l’&amp;indemnité journalière de subsistance (USD) :</translation>
        </message>
        <message>
            <source>DSA da&amp;ys:</source>
            <extracomment>Form label: how many days of daily subsistence allowance are paid</extracomment>
            <translation>&amp;Jours d’indemnité de subsistance :</translation>
        </message>
        <message>
            <source>&amp;Terminal expenses (USD):</source>
            <extracomment>Form label: the terminal expenses of the trip, in USD</extracomment>
            <translation>&amp;Faux frais au départ et à l’arrivée (USD) :</translation>
        </message>
        <message>
            <source>Per delegate:</source>
            <extracomment>Form label: what one delegate costs under these norms</extracomment>
            <translation>Par délégué :</translation>
        </message>
        <message>
            <source>%1:</source>
            <extracomment>Form label of one airfare box; %1 is a region such as Africa
----------
A label of the slate figures, such as "Women"</extracomment>
            <translation>%1 :</translation>
        </message>
        <message>
            <source>Airfare from %1 in USD</source>
            <extracomment>Accessible name of an airfare box; %1 is a region such as Africa</extracomment>
            <translation>Billet d’avion au départ de la région %1, en USD</translation>
        </message>
        <message>
            <source>Such as PM-2026-1</source>
            <translation>Par exemple PM-2026-1</translation>
        </message>
        <message>
            <source>Close %1? Its records will refuse every change until the year is reopened, with a reason.</source>
            <translation>Clore l’exercice %1 ? Ses données refuseront toute modification jusqu’à ce que l’exercice soit rouvert, motif à l’appui.</translation>
        </message>
        <message>
            <source>Reopen %1? Its records can be changed again; the reason is kept on record.</source>
            <translation>Rouvrir l’exercice %1 ? Ses données pourront de nouveau être modifiées ; le motif est conservé dans le dossier.</translation>
        </message>
        <message>
            <source>Enter the reason for reopening the year: it is kept on record.</source>
            <translation>Saisissez le motif de la réouverture de l’exercice : il est conservé dans le dossier.</translation>
        </message>
        <message>
            <source>Close a Year</source>
            <translation>Clore un exercice</translation>
        </message>
        <message>
            <source>Reopen a Year</source>
            <translation>Rouvrir un exercice</translation>
        </message>
        <message>
            <source>A closed year refuses changes to its records: payments, approvals and other writes dated in it. Only the fund manager can close a year.</source>
            <translation>Un exercice clos refuse toute modification de ses données : paiements, approbations et autres écritures datées de cet exercice. Seul le gestionnaire du fonds peut clore un exercice.</translation>
        </message>
        <message>
            <source>Reopening allows changes to the year's records again. The reason is kept on record with your name.</source>
            <translation>La réouverture permet de nouveau de modifier les données de l’exercice. Le motif est conservé dans le dossier, avec votre nom.</translation>
        </message>
        <message>
            <source>&amp;Year to close:</source>
            <translation>&amp;Exercice à clore :</translation>
        </message>
        <message>
            <source>&amp;Year to reopen:</source>
            <translation>&amp;Exercice à rouvrir :</translation>
        </message>
        <message>
            <source>&amp;Reason (required):</source>
            <translation>&amp;Motif (obligatoire) :</translation>
        </message>
        <message>
            <source>Year to close</source>
            <translation>Exercice à clore</translation>
        </message>
        <message>
            <source>Year to reopen</source>
            <translation>Exercice à rouvrir</translation>
        </message>
        <message>
            <source>Reason for reopening</source>
            <translation>Motif de la réouverture</translation>
        </message>
        <message>
            <source>&amp;Close year</source>
            <translation>&amp;Clore l’exercice</translation>
        </message>
        <message>
            <source>&amp;Reopen year</source>
            <translation>&amp;Rouvrir l’exercice</translation>
        </message>
        <message>
            <source>New Profile</source>
            <translation>Nouveau profil</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>The fund manager recommends, the High Representative's office approves.</source>
            <translation>Le gestionnaire du fonds recommande, le Bureau de la Haute-Représentante approuve.</translation>
        </message>
        <message>
            <source>&amp;Create profile</source>
            <translation>&amp;Créer le profil</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rôle :</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s).</source>
            <extracomment>%n is the number of records listed</extracomment>
            <translation>
                <numerusform>%n enregistrement.</numerusform>
                <numerusform>%n enregistrements.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <extracomment>A criterion of the sponsorship form: %1 is "¶21(a)", %2 the condition in words</extracomment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <extracomment>Choice for a ¶21 criterion: nobody has assessed it yet</extracomment>
            <translation>Non évalué</translation>
        </message>
        <message>
            <source>Met</source>
            <extracomment>Choice for a ¶21 criterion</extracomment>
            <translation>Rempli</translation>
        </message>
        <message>
            <source>Not met</source>
            <extracomment>Choice for a ¶21 criterion</extracomment>
            <translation>Non rempli</translation>
        </message>
        <message>
            <source>Criterion %1</source>
            <extracomment>Accessible name of a criterion's choice; %1 is "¶21(a)"</extracomment>
            <translation>Critère %1</translation>
        </message>
        <message>
            <source>Evidence for %1</source>
            <extracomment>Accessible name of a criterion's evidence box; %1 is "¶21(a)"</extracomment>
            <translation>Éléments probants pour %1</translation>
        </message>
        <message>
            <source>Evidence seen, such as the nominating letter</source>
            <translation>Éléments probants examinés, par exemple la lettre de désignation</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <extracomment>A meeting in a list: %1 its reference, %2 its name
----------
A meeting in the selector: %1 its reference, %2 its name</extracomment>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Sponsorship Application — %1</source>
            <translation>Demande de parrainage — %1</translation>
        </message>
        <message>
            <source>New Sponsorship Application</source>
            <translation>Nouvelle demande de parrainage</translation>
        </message>
        <message>
            <source>Criteria (¶21)</source>
            <extracomment>Tab of the sponsorship form: the five criteria of ¶21</extracomment>
            <translation>Critères (¶21)</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Coût</translation>
        </message>
        <message>
            <source>After the Meeting</source>
            <extracomment>Tab of the sponsorship form: attendance, report and actual cost</extracomment>
            <translation>Après la réunion</translation>
        </message>
        <message>
            <source>&amp;Meeting:</source>
            <translation>&amp;Réunion :</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>&amp;Genre :</translation>
        </message>
        <message>
            <source>M&amp;inistry or agency:</source>
            <translation>M&amp;inistère ou organisme :</translation>
        </message>
        <message>
            <source>Capital-&amp;based:</source>
            <extracomment>Form label: whether the official works in the capital (¶21a)</extracomment>
            <translation>En poste dans la &amp;capitale :</translation>
        </message>
        <message>
            <source>C&amp;ontact:</source>
            <translation>C&amp;ontact :</translation>
        </message>
        <message>
            <source>Nominating &amp;letter:</source>
            <translation>&amp;Lettre de désignation :</translation>
        </message>
        <message>
            <source>S&amp;core:</source>
            <extracomment>Form label: the reviewer's score, 0 to 100</extracomment>
            <translation>N&amp;ote :</translation>
        </message>
        <message>
            <source>Dra&amp;ft:</source>
            <translation>Bro&amp;uillon :</translation>
        </message>
        <message>
            <source>Not&amp;es:</source>
            <translation>Re&amp;marques :</translation>
        </message>
        <message>
            <source>Estimated cost:</source>
            <extracomment>Form label: the cost computed from the meeting's norms</extracomment>
            <translation>Coût estimatif :</translation>
        </message>
        <message>
            <source>Set the cost by &amp;hand:</source>
            <translation>Fixer le coût &amp;manuellement :</translation>
        </message>
        <message>
            <source>&amp;Cost (USD):</source>
            <translation>&amp;Coût (USD) :</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <extracomment>Form label: why the cost differs from the meeting's norms (mandatory)</extracomment>
            <translation>&amp;Motif :</translation>
        </message>
        <message>
            <source>Attended all formal &amp;meetings:</source>
            <extracomment>Form label: did the delegate attend all formal meetings (¶21d)</extracomment>
            <translation>A assisté à toutes les séances &amp;officielles :</translation>
        </message>
        <message>
            <source>&amp;Report received:</source>
            <extracomment>Form label: did the delegate share a report with the fund manager (¶21e)</extracomment>
            <translation>&amp;Rapport reçu :</translation>
        </message>
        <message>
            <source>&amp;Actual cost (USD):</source>
            <translation>Coût &amp;effectif (USD) :</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Not known yet</source>
            <extracomment>Choice for attendance at all formal meetings: nobody has said yet</extracomment>
            <translation>Pas encore connu</translation>
        </message>
        <message>
            <source>Yes, confirmed</source>
            <translation>Oui, confirmé</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Works in the capital (¶21a)</source>
            <translation>Travaille dans la capitale (¶21a)</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <source>Not yet submitted for screening</source>
            <translation>Pas encore soumise à l’examen</translation>
        </message>
        <message>
            <source>Shared with the fund manager (¶21e)</source>
            <translation>Communiqué au gestionnaire du fonds (¶21e)</translation>
        </message>
        <message>
            <source>Use my own figure instead of the meeting's norms</source>
            <translation>Utiliser mon propre chiffre au lieu des normes de la réunion</translation>
        </message>
        <message>
            <source>No score</source>
            <extracomment>Shown in the score box when the reviewer has not scored the application</extracomment>
            <translation>Aucune note</translation>
        </message>
        <message>
            <source>Such as a known cheaper fare or a longer trip</source>
            <translation>Par exemple un tarif moins élevé connu ou un séjour plus long</translation>
        </message>
        <message>
            <source>E-mail or telephone</source>
            <translation>Adresse électronique ou téléphone</translation>
        </message>
        <message>
            <source>Criteria of ¶21</source>
            <translation>Critères du ¶21</translation>
        </message>
        <message>
            <source>Screening against ¶21</source>
            <translation>Examen au regard du ¶21</translation>
        </message>
        <message>
            <source>Enter the cost in USD, or clear “Use my own figure”.</source>
            <translation>Saisissez le coût en USD, ou décochez « Utiliser mon propre chiffre ».</translation>
        </message>
        <message>
            <source>Eligible: the application meets all five criteria of ¶21.</source>
            <translation>Admissible : la demande remplit les cinq critères du ¶21.</translation>
        </message>
        <message>
            <source>Ineligible — it cannot be recommended:</source>
            <extracomment>Heading of the screening lines when a ¶21 criterion fails</extracomment>
            <translation>Non admissible — elle ne peut pas être recommandée :</translation>
        </message>
        <message>
            <source>• %1</source>
            <extracomment>One line of the screening: a failing criterion in words</extracomment>
            <translation>• %1</translation>
        </message>
        <message>
            <source>Still to assess: %1.</source>
            <extracomment>%1 lists criteria such as "¶21(d) and ¶21(e)"</extracomment>
            <translation>Reste à évaluer : %1.</translation>
        </message>
        <message>
            <source>%1, from the meeting's norms for the State's region</source>
            <extracomment>The live estimate; %1 is an amount such as USD 5,656.00</extracomment>
            <translation>%1, d’après les normes de la réunion pour la région de l’État</translation>
        </message>
        <message>
            <source>New fund</source>
            <extracomment>Title of the file dialog that picks where a new fund is saved</extracomment>
            <translation>Nouveau fonds</translation>
        </message>
        <message>
            <source>FundDesk funds (*.funddesk)</source>
            <translation>Fonds FundDesk (*.funddesk)</translation>
        </message>
        <message>
            <source>Give the fund a name: it heads every report and packet.</source>
            <translation>Donnez un nom au fonds : il figure en tête de chaque rapport et de chaque dossier.</translation>
        </message>
        <message>
            <source>“%1” is not an amount in US dollars. Enter the threshold as a number such as 250000, or leave it empty to set it later.</source>
            <extracomment>%1 is the amount typed</extracomment>
            <translation>« %1 » n’est pas un montant en dollars des États-Unis. Saisissez le seuil sous la forme d’un nombre, par exemple 250000, ou laissez le champ vide pour le fixer ultérieurement.</translation>
        </message>
        <message>
            <source>Choose the file the new fund is saved in.</source>
            <translation>Choisissez le fichier dans lequel le nouveau fonds est enregistré.</translation>
        </message>
        <message>
            <source>“%1” already exists; a new fund never replaces a file. Choose another name.</source>
            <translation>« %1 » existe déjà ; un nouveau fonds ne remplace jamais un fichier. Choisissez un autre nom.</translation>
        </message>
        <message>
            <source>Welcome to FundDesk</source>
            <translation>Bienvenue dans FundDesk</translation>
        </message>
        <message>
            <source>There is no fund on this computer yet. Create the fund you manage, open a fund file you already have, or explore a demo fund with realistic records first.</source>
            <translation>Il n’y a encore aucun fonds sur cet ordinateur. Créez le fonds que vous gérez, ouvrez un fichier de fonds que vous possédez déjà, ou découvrez d’abord un fonds de démonstration contenant des données réalistes.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <extracomment>Label of the interface language choice in the welcome dialog
----------
Form label: the language of FundDesk's windows</extracomment>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>The language of FundDesk's windows; it changes at once.</source>
            <translation>La langue des fenêtres de FundDesk ; elle change immédiatement.</translation>
        </message>
        <message>
            <source>A new fund</source>
            <extracomment>Group title in the welcome dialog</extracomment>
            <translation>Nouveau fonds</translation>
        </message>
        <message>
            <source>Fund name</source>
            <translation>Nom du fonds</translation>
        </message>
        <message>
            <source>UN Voluntary Fund for ICT-security capacity building</source>
            <extracomment>Placeholder of the fund name; an example, translate freely</extracomment>
            <translation>Fonds de contributions volontaires des Nations Unies pour le renforcement des capacités en matière de sécurité des TIC</translation>
        </message>
        <message>
            <source>The fund's books are kept in US dollars.</source>
            <translation>La comptabilité du fonds est tenue en dollars des États-Unis.</translation>
        </message>
        <message>
            <source>Operational threshold (USD)</source>
            <translation>Seuil opérationnel (USD)</translation>
        </message>
        <message>
            <source>¶16: the fund operates once its receipts reach this amount. Leave it empty to set it later in Settings.</source>
            <translation>¶16 : le fonds devient opérationnel lorsque ses encaissements atteignent ce montant. Laissez le champ vide pour le fixer ultérieurement dans les Paramètres.</translation>
        </message>
        <message>
            <source>Fund file</source>
            <translation>Fichier du fonds</translation>
        </message>
        <message>
            <source>C&amp;hange…</source>
            <extracomment>Button: choose another file for the new fund</extracomment>
            <translation>Mo&amp;difier…</translation>
        </message>
        <message>
            <source>Choose the fund file</source>
            <translation>Choisissez le fichier du fonds</translation>
        </message>
        <message>
            <source>C&amp;reate the fund</source>
            <translation>C&amp;réer le fonds</translation>
        </message>
        <message>
            <source>Create the fund</source>
            <translation>Créer le fonds</translation>
        </message>
        <message>
            <source>Or:</source>
            <extracomment>Welcome dialog, before the buttons that open a file or the demo fund</extracomment>
            <translation>Ou :</translation>
        </message>
        <message>
            <source>&amp;Open an existing fund…</source>
            <translation>&amp;Ouvrir un fonds existant…</translation>
        </message>
        <message>
            <source>Open an existing fund</source>
            <translation>Ouvrir un fonds existant</translation>
        </message>
        <message>
            <source>E&amp;xplore the demo fund</source>
            <translation>E&amp;xplorer le fonds de démonstration</translation>
        </message>
        <message>
            <source>Explore the demo fund</source>
            <translation>Explorer le fonds de démonstration</translation>
        </message>
        <message>
            <source>A fictitious fund with three years of realistic records, to try FundDesk before entering your own.</source>
            <translation>Un fonds fictif contenant trois années de données réalistes, pour essayer FundDesk avant de saisir vos propres données.</translation>
        </message>
        <message>
            <source>Propose an amended amount</source>
            <translation>Proposer un montant modifié</translation>
        </message>
        <message>
            <source>Approve the amended amount</source>
            <translation>Approuver le montant modifié</translation>
        </message>
        <message>
            <source>Reject the amended amount</source>
            <translation>Rejeter le montant modifié</translation>
        </message>
        <message>
            <source>“%1” is not an amount in USD. Type it like %2.</source>
            <extracomment>%1 is what the user typed</extracomment>
            <translation>« %1 » n’est pas un montant en USD. Saisissez-le sous la forme %2.</translation>
        </message>
        <message>
            <source>Enter the new amount in USD.</source>
            <translation>Saisissez le nouveau montant en USD.</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translation>Circuit de validation</translation>
        </message>
        <message>
            <source>Current status: %1</source>
            <extracomment>%1 is a status such as "Under review"</extracomment>
            <translation>Statut actuel : %1</translation>
        </message>
        <message>
            <source>Committed: %1 (approved: %2)</source>
            <extracomment>%1 the amount committed now, %2 the amount approved at first</extracomment>
            <translation>Engagé : %1 (approuvé : %2)</translation>
        </message>
        <message>
            <source>Amendment awaiting a decision: %1, “%2”</source>
            <extracomment>%1 the amount proposed in an amendment awaiting a decision</extracomment>
            <translation>Modification en attente de décision : %1, « %2 »</translation>
        </message>
        <message>
            <source>Acting as: %1 (%2)</source>
            <extracomment>%1 a person's name, %2 their role</extracomment>
            <translation>Agissant en qualité de : %1 (%2)</translation>
        </message>
        <message>
            <source>No profile is chosen: choose yours with Profile in the status bar before changing a status.</source>
            <translation>Aucun profil n’est choisi : choisissez le vôtre au moyen du bouton Profil de la barre d’état avant de modifier un statut.</translation>
        </message>
        <message>
            <source>&amp;Next step:</source>
            <translation>Étape &amp;suivante :</translation>
        </message>
        <message>
            <source>This is a final status: no step is allowed from here.</source>
            <translation>Ce statut est final : aucune étape n’est possible à partir de celui-ci.</translation>
        </message>
        <message>
            <source>Written &amp;justification (required):</source>
            <translation>&amp;Justification écrite (obligatoire) :</translation>
        </message>
        <message>
            <source>&amp;Note (optional):</source>
            <translation>&amp;Note (facultatif) :</translation>
        </message>
        <message>
            <source>New &amp;amount in USD (required):</source>
            <translation>Nouveau &amp;montant en USD (obligatoire) :</translation>
        </message>
        <message>
            <source>Approved &amp;amount in USD (empty: the amount requested):</source>
            <translation>&amp;Montant approuvé en USD (vide : le montant demandé) :</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Étape suivante</translation>
        </message>
        <message>
            <source>Only the steps allowed from the current status are listed.</source>
            <translation>Seules les étapes possibles à partir du statut actuel sont proposées.</translation>
        </message>
        <message>
            <source>Written justification</source>
            <translation>Justification écrite</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Amount in USD</source>
            <translation>Montant en USD</translation>
        </message>
        <message>
            <source>&amp;Record step</source>
            <translation>&amp;Enregistrer l’étape</translation>
        </message>
        <message>
            <source>Print preview — %1</source>
            <translation>Aperçu avant impression — %1</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Aperçu avant impression</translation>
        </message>
        <message>
            <source>Print %1</source>
            <translation>Imprimer %1</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Enregistrer en PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <extracomment>file type filter in the save dialog</extracomment>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Écriture de %1…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Writing the PDF</source>
            <translation>Écriture du PDF</translation>
        </message>
        <message>
            <source>Cannot write “%1”: %2. Choose a folder you can write to.</source>
            <translation>Impossible d’écrire « %1 » : %2. Choisissez un dossier dans lequel vous avez le droit d’écrire.</translation>
        </message>
        <message>
            <source>Contributions received in %1 (¶17)</source>
            <extracomment>%1 a year</extracomment>
            <translation>Contributions reçues en %1 (¶17)</translation>
        </message>
        <message>
            <source>Contributions are published unless the donor asks otherwise (¶17). Amounts in US dollars.</source>
            <translation>Les contributions sont publiées, sauf si le donateur en décide autrement (¶17). Montants en dollars des États-Unis.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 sur %2</translation>
        </message>
        <message>
            <source>Made %1 UTC · record SHA-256 %2</source>
            <extracomment>document footer: %1 date and time made (UTC), %2 the SHA-256 of the record shown</extracomment>
            <translation>Établi le %1 UTC · SHA-256 de l’enregistrement : %2</translation>
        </message>
        <message>
            <source>Cannot create the folder “%1”. Choose a folder you can write to.</source>
            <translation>Impossible de créer le dossier « %1 ». Choisissez un dossier dans lequel vous avez le droit d’écrire.</translation>
        </message>
        <message>
            <source>Document &amp;language:</source>
            <extracomment>the language a document is written in, not the interface's</extracomment>
            <translation>&amp;Langue du document :</translation>
        </message>
        <message>
            <source>Document language</source>
            <translation>Langue du document</translation>
        </message>
        <message>
            <source>The language the document is written in; the interface keeps its own.</source>
            <translation>La langue dans laquelle le document est rédigé ; l’interface conserve la sienne.</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Papier :</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Format du papier</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Lettre US</translation>
        </message>
        <message>
            <source>The document was cancelled; nothing was written.</source>
            <translation>Le document a été annulé ; rien n’a été écrit.</translation>
        </message>
        <message>
            <source>Slate packet</source>
            <translation>Dossier de la liste</translation>
        </message>
        <message>
            <source>Approval packet</source>
            <translation>Dossier d’approbation</translation>
        </message>
        <message>
            <source>Meeting reference</source>
            <translation>Référence de la réunion</translation>
        </message>
        <message>
            <source>Item reference</source>
            <translation>Référence de l’élément</translation>
        </message>
        <message>
            <source>The meeting whose recommended and approved delegates go in one packet.</source>
            <translation>La réunion dont les délégués recommandés et approuvés sont regroupés dans un même dossier.</translation>
        </message>
        <message>
            <source>An activity's reference such as CB-2026-014, or SP- and a sponsorship's number such as SP-12.</source>
            <translation>La référence d’une activité, par exemple CB-2026-014, ou SP- suivi du numéro d’un parrainage, par exemple SP-12.</translation>
        </message>
        <message>
            <source>PM-2026-1</source>
            <translation>PM-2026-1</translation>
        </message>
        <message>
            <source>CB-2026-014 or SP-12</source>
            <translation>CB-2026-014 ou SP-12</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>A&amp;perçu…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Enregistrer en PDF…</translation>
        </message>
        <message>
            <source>Print preview of the packet</source>
            <translation>Aperçu avant impression du dossier</translation>
        </message>
        <message>
            <source>Print the packet</source>
            <translation>Imprimer le dossier</translation>
        </message>
        <message>
            <source>Save the packet as a PDF file</source>
            <translation>Enregistrer le dossier dans un fichier PDF</translation>
        </message>
        <message>
            <source>Public contributions list %1 — preview</source>
            <extracomment>%1 a year</extracomment>
            <translation>Liste publique des contributions %1 — aperçu</translation>
        </message>
        <message>
            <source>&amp;What the public page and CSV show:</source>
            <translation>Ce que la page publique et le fichier CSV &amp;affichent :</translation>
        </message>
        <message>
            <source>Published lines</source>
            <translation>Lignes publiées</translation>
        </message>
        <message>
            <source>What they &amp;withhold, and why (internal — not published):</source>
            <translation>Ce qu’ils &amp;omettent, et pourquoi (usage interne — non publié) :</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Withheld contributions</source>
            <translation>Contributions non publiées</translation>
        </message>
        <message>
            <source>Contributions whose donor asked for anonymity or not to be published.</source>
            <translation>Contributions dont le donateur a demandé l’anonymat ou la non-publication.</translation>
        </message>
        <message>
            <source>Applicants' personal data is never part of a public output (¶11): only donors and amounts are published.</source>
            <translation>Les données personnelles des candidats ne figurent jamais dans un document public (¶11) : seuls les donateurs et les montants sont publiés.</translation>
        </message>
        <message>
            <source>%1: contributions received in %2</source>
            <extracomment>title of the public contributions page; %1 the fund's name, %2 the year</extracomment>
            <translation>%1 : contributions reçues en %2</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <extracomment>File menu: import donors, contributions or applications from a CSV file</extracomment>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>Import records from a CSV file, after a preview</source>
            <translation>Importer des enregistrements depuis un fichier CSV, après un aperçu</translation>
        </message>
        <message>
            <source>Refund from %1</source>
            <extracomment>the payee column of a refund: %1 is who paid the money back</extracomment>
            <translation>Remboursement de %1</translation>
        </message>
        <message>
            <source>Recipient State</source>
            <translation>État bénéficiaire</translation>
        </message>
        <message>
            <source>Pin %1</source>
            <extracomment>Accessible text of the pin check box; %1 is the applicant</extracomment>
            <translation>Épingler %1</translation>
        </message>
        <message>
            <source>Exclude %1</source>
            <extracomment>Accessible text of the exclude check box; %1 is the applicant</extracomment>
            <translation>Exclure %1</translation>
        </message>
        <message>
            <source>; </source>
            <extracomment>Separator between the reasons for one slate decision</extracomment>
            <translation> ; </translation>
        </message>
        <message>
            <source>Keep this applicant on the slate (Ctrl+P)</source>
            <translation>Maintenir ce candidat sur la liste (Ctrl+P)</translation>
        </message>
        <message>
            <source>Keep this applicant off the slate (Ctrl+E)</source>
            <translation>Maintenir ce candidat hors de la liste (Ctrl+E)</translation>
        </message>
        <message>
            <source>Pin</source>
            <extracomment>Column header: the applicant is kept on the slate by hand</extracomment>
            <translation>Épinglé</translation>
        </message>
        <message>
            <source>Exclude</source>
            <extracomment>Column header: the applicant is kept off the slate by hand</extracomment>
            <translation>Exclu</translation>
        </message>
        <message>
            <source>State</source>
            <extracomment>Column header: the State the applicant represents</extracomment>
            <translation>État</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
        <message>
            <source>Cost (USD)</source>
            <extracomment>Column header: the estimated cost of sponsoring the delegate, in US dollars</extracomment>
            <translation>Coût (USD)</translation>
        </message>
        <message>
            <source>Why on the slate</source>
            <translation>Motif de l’inscription sur la liste</translation>
        </message>
        <message>
            <source>What would have to change</source>
            <translation>Ce qui devrait changer</translation>
        </message>
        <message>
            <source>Fails %1</source>
            <extracomment>Table cell: the ¶21 criteria the application fails, such as "¶21(c)"</extracomment>
            <translation>Ne remplit pas %1</translation>
        </message>
        <message>
            <source>To assess: %1</source>
            <extracomment>Table cell: the ¶21 criteria not yet assessed, such as "¶21(d), ¶21(e)"</extracomment>
            <translation>À évaluer : %1</translation>
        </message>
        <message>
            <source>Meets ¶21</source>
            <extracomment>Table cell: the application meets all five criteria of ¶21</extracomment>
            <translation>Remplit le ¶21</translation>
        </message>
        <message>
            <source>%1 (set)</source>
            <extracomment>Table cell: a cost the manager set by hand instead of the meeting's norms</extracomment>
            <translation>%1 (fixé)</translation>
        </message>
        <message>
            <source>%1 not yet assessed: %2</source>
            <extracomment>Tooltip line: %1 is "¶21(d)", %2 the criterion in words</extracomment>
            <translation>%1 pas encore évalué : %2</translation>
        </message>
        <message>
            <source>Set by hand: %1</source>
            <extracomment>Tooltip of a cost set by hand; %1 is the reason the manager gave</extracomment>
            <translation>Fixé manuellement : %1</translation>
        </message>
        <message>
            <source>Estimated from the meeting's cost norms</source>
            <translation>Estimé d’après les normes de coût de la réunion</translation>
        </message>
        <message>
            <source>Priority groups</source>
            <extracomment>Column header: LDC, LLDC or SIDS (¶22)</extracomment>
            <translation>Groupes prioritaires</translation>
        </message>
        <message>
            <source>Eligibility (¶21)</source>
            <extracomment>Column header: the screening against the five criteria of ¶21</extracomment>
            <translation>Admissibilité (¶21)</translation>
        </message>
        <message>
            <source>On this computer</source>
            <extracomment>Title of the Settings group whose values belong to this computer, not to the fund file</extracomment>
            <translation>Sur cet ordinateur</translation>
        </message>
        <message>
            <source>Automatic &amp;backups to keep:</source>
            <extracomment>Form label: how many automatic backups of the fund are kept</extracomment>
            <translation>Sauvegardes automatiques à &amp;conserver :</translation>
        </message>
        <message>
            <source>Automatic backups to keep</source>
            <translation>Sauvegardes automatiques à conserver</translation>
        </message>
        <message>
            <source>FundDesk backs up the fund when it closes and keeps this many copies; the oldest is removed first.</source>
            <translation>FundDesk sauvegarde le fonds à sa fermeture et conserve ce nombre de copies ; la plus ancienne est supprimée en premier.</translation>
        </message>
        <message>
            <source>Backup fol&amp;der:</source>
            <extracomment>Form label: the folder the automatic backups are written to</extracomment>
            <translation>&amp;Dossier de sauvegarde :</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Dossier de sauvegarde</translation>
        </message>
        <message>
            <source>Beside the fund's file, once a fund is open</source>
            <extracomment>Shown in the backup folder field when no fund is open</extracomment>
            <translation>À côté du fichier du fonds, une fois un fonds ouvert</translation>
        </message>
        <message>
            <source>Year of the dashboard</source>
            <translation>Année du tableau de bord</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <extracomment>tab of the dashboard</extracomment>
            <translation>&amp;Vue d’ensemble</translation>
        </message>
        <message>
            <source>Fund &amp;size</source>
            <translation>&amp;Taille du fonds</translation>
        </message>
        <message>
            <source>S&amp;pending</source>
            <translation>&amp;Dépenses</translation>
        </message>
        <message>
            <source>&amp;Contributions</source>
            <translation>&amp;Contributions</translation>
        </message>
        <message>
            <source>&amp;Delegates</source>
            <translation>Dé&amp;légués</translation>
        </message>
        <message>
            <source>&amp;Applications</source>
            <translation>De&amp;mandes</translation>
        </message>
        <message>
            <source>Scenario p&amp;lanner</source>
            <translation>&amp;Planificateur de scénarios</translation>
        </message>
        <message>
            <source>Dashboard views</source>
            <translation>Vues du tableau de bord</translation>
        </message>
        <message>
            <source>What the money buys, beside the two illustrative scales of ¶20 (small: USD 2 million, 10 delegates twice a year, 1–3 activities; medium: USD 5 million, 20 delegates twice a year, up to 10 activities):</source>
            <translation>Ce que l’argent permet de financer, au regard des deux échelles indicatives du ¶20 (petite : 2 millions de dollars, 10 délégués deux fois par an, 1 à 3 activités ; moyenne : 5 millions de dollars, 20 délégués deux fois par an, jusqu’à 10 activités) :</translation>
        </message>
        <message>
            <source>What the money buys</source>
            <translation>Ce que l’argent permet de financer</translation>
        </message>
        <message>
            <source>Sponsorships and activities</source>
            <translation>Parrainages et activités</translation>
        </message>
        <message>
            <source>Payments and refunds</source>
            <translation>Paiements et remboursements</translation>
        </message>
        <message>
            <source>Payments only</source>
            <translation>Paiements uniquement</translation>
        </message>
        <message>
            <source>Refunds only</source>
            <translation>Remboursements uniquement</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message numerus="yes">
            <source>%n disbursement(s) shown · net %1</source>
            <extracomment>Under the disbursements table: %1 is the net USD of the shown rows</extracomment>
            <translation>
                <numerusform>%n décaissement affiché · montant net %1</numerusform>
                <numerusform>%n décaissements affichés · montant net %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Closed years: none</source>
            <translation>Exercices clos : aucun</translation>
        </message>
        <message>
            <source>Closed years: %1</source>
            <translation>Exercices clos : %1</translation>
        </message>
        <message>
            <source>disbursement %1</source>
            <extracomment>names a disbursement in the History window's title: %1 its number</extracomment>
            <translation>décaissement %1</translation>
        </message>
        <message>
            <source>Record &amp;payment…</source>
            <translation>Enregistrer un &amp;paiement…</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>Enregistrer un paiement</translation>
        </message>
        <message>
            <source>Record a payment against an approved or active sponsorship or activity.</source>
            <translation>Enregistrer un paiement au titre d’un parrainage ou d’une activité approuvés ou en cours.</translation>
        </message>
        <message>
            <source>Re&amp;fund…</source>
            <translation>Rem&amp;boursement…</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Remboursement</translation>
        </message>
        <message>
            <source>Record money paid back, with its reason.</source>
            <translation>Enregistrer des fonds restitués, en indiquant le motif.</translation>
        </message>
        <message>
            <source>Hi&amp;story…</source>
            <extracomment>Button: show the earlier states of the selected contribution</extracomment>
            <translation>&amp;Historique…</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Paymen&amp;ts:</source>
            <translation>Pa&amp;iements :</translation>
        </message>
        <message>
            <source>Kind of item</source>
            <translation>Type d’élément</translation>
        </message>
        <message>
            <source>Payments or refunds</source>
            <translation>Paiements ou remboursements</translation>
        </message>
        <message>
            <source>&amp;Net USD by region and year (rows shown)</source>
            <translation>Montant &amp;net en USD par région et par année (lignes affichées)</translation>
        </message>
        <message>
            <source>Net USD by region and year</source>
            <translation>Montant net en USD par région et par année</translation>
        </message>
        <message>
            <source>&amp;Close year…</source>
            <translation>&amp;Clore l’exercice…</translation>
        </message>
        <message>
            <source>Close year</source>
            <translation>Clore l’exercice</translation>
        </message>
        <message>
            <source>Re&amp;open year…</source>
            <translation>R&amp;ouvrir l’exercice…</translation>
        </message>
        <message>
            <source>Reopen year</source>
            <translation>Rouvrir l’exercice</translation>
        </message>
        <message>
            <source>Output folder</source>
            <translation>Dossier de sortie</translation>
        </message>
        <message>
            <source>The annual report was saved.</source>
            <translation>Le rapport annuel a été enregistré.</translation>
        </message>
        <message>
            <source>Choose the folder to write the public list into.</source>
            <translation>Choisissez le dossier dans lequel écrire la liste publique.</translation>
        </message>
        <message>
            <source>Published:
%1</source>
            <extracomment>%1 the files written, one per line</extracomment>
            <translation>Fichiers publiés :
%1</translation>
        </message>
        <message>
            <source>Annual report to donors (¶27)</source>
            <translation>Rapport annuel aux donateurs (¶27)</translation>
        </message>
        <message>
            <source>Year of the annual report</source>
            <translation>Année du rapport annuel</translation>
        </message>
        <message>
            <source>Print preview of the annual report</source>
            <translation>Aperçu avant impression du rapport annuel</translation>
        </message>
        <message>
            <source>Print the annual report</source>
            <translation>Imprimer le rapport annuel</translation>
        </message>
        <message>
            <source>Save the annual report as a PDF file</source>
            <translation>Enregistrer le rapport annuel dans un fichier PDF</translation>
        </message>
        <message>
            <source>Public contributions list (¶17)</source>
            <translation>Liste publique des contributions (¶17)</translation>
        </message>
        <message>
            <source>Y&amp;ear:</source>
            <translation>A&amp;nnée :</translation>
        </message>
        <message>
            <source>Year of the public list</source>
            <translation>Année de la liste publique</translation>
        </message>
        <message>
            <source>Output &amp;folder:</source>
            <translation>&amp;Dossier de sortie :</translation>
        </message>
        <message>
            <source>Where the HTML page and the CSV file for the fund's website are written.</source>
            <translation>Emplacement où sont écrits la page HTML et le fichier CSV destinés au site Web du fonds.</translation>
        </message>
        <message>
            <source>Choose the output folder</source>
            <translation>Choisissez le dossier de sortie</translation>
        </message>
        <message>
            <source>Preview &amp;withheld…</source>
            <translation>Aperçu des contributions &amp;non publiées…</translation>
        </message>
        <message>
            <source>Preview what the public list shows and withholds</source>
            <translation>Voir ce que la liste publique affiche et ce qu’elle omet</translation>
        </message>
        <message>
            <source>P&amp;ublish</source>
            <translation>P&amp;ublier</translation>
        </message>
        <message>
            <source>Write the public list</source>
            <translation>Écrire la liste publique</translation>
        </message>
        <message>
            <source>Pri&amp;nt list…</source>
            <translation>Imprimer la &amp;liste…</translation>
        </message>
        <message>
            <source>Print preview of the public list</source>
            <translation>Aperçu avant impression de la liste publique</translation>
        </message>
        <message>
            <source>Approval packets (¶18)</source>
            <translation>Dossiers d’approbation (¶18)</translation>
        </message>
        <message>
            <source>For the High Representative's signature: one item, or a meeting's whole slate.</source>
            <translation>Pour signature par la Haute-Représentante : un élément, ou la liste complète d’une réunion.</translation>
        </message>
        <message>
            <source>Item pac&amp;ket…</source>
            <translation>Dossier d’un élé&amp;ment…</translation>
        </message>
        <message>
            <source>Approval packet of one item</source>
            <translation>Dossier d’approbation d’un élément</translation>
        </message>
        <message>
            <source>S&amp;late packet…</source>
            <translation>Dossier de la &amp;liste…</translation>
        </message>
        <message>
            <source>Approval packet of a meeting's slate</source>
            <translation>Dossier d’approbation de la liste d’une réunion</translation>
        </message>
        <message>
            <source>Sa&amp;ve scenario</source>
            <extracomment>button of the scenario planner</extracomment>
            <translation>Enregistrer le &amp;scénario</translation>
        </message>
        <message>
            <source>Annual funding in US dollars</source>
            <translation>Financement annuel en dollars des États-Unis</translation>
        </message>
        <message>
            <source>Staff costs a year in US dollars</source>
            <translation>Dépenses de personnel annuelles en dollars des États-Unis</translation>
        </message>
        <message>
            <source>Cost per delegate in US dollars</source>
            <translation>Coût par délégué en dollars des États-Unis</translation>
        </message>
        <message>
            <source>Average activity cost in US dollars</source>
            <translation>Coût moyen d’une activité en dollars des États-Unis</translation>
        </message>
        <message>
            <source>Staff posts (P and GS) charged to &amp;contributions (¶15)</source>
            <translation>Postes (P et SG) imputés sur les &amp;contributions (¶15)</translation>
        </message>
        <message>
            <source>Start from a scenario</source>
            <translation>Partir d’un scénario</translation>
        </message>
        <message>
            <source>Scenario name</source>
            <translation>Nom du scénario</translation>
        </message>
        <message>
            <source>Sessions a year</source>
            <translation>Sessions par an</translation>
        </message>
        <message>
            <source>Delegates per session</source>
            <translation>Délégués par session</translation>
        </message>
        <message>
            <source>What the scenario carries</source>
            <translation>Ce que permet le scénario</translation>
        </message>
        <message>
            <source>Scenarios side by side</source>
            <translation>Comparaison des scénarios</translation>
        </message>
        <message>
            <source>&amp;Start from:</source>
            <translation>&amp;Partir de :</translation>
        </message>
        <message>
            <source>Annual &amp;funding (USD):</source>
            <translation>&amp;Financement annuel (USD) :</translation>
        </message>
        <message>
            <source>Staff costs a &amp;year (USD):</source>
            <translation>Dépenses de personnel par &amp;an (USD) :</translation>
        </message>
        <message>
            <source>S&amp;essions a year:</source>
            <translation>&amp;Sessions par an :</translation>
        </message>
        <message>
            <source>&amp;Delegates per session:</source>
            <translation>&amp;Délégués par session :</translation>
        </message>
        <message>
            <source>Cost per de&amp;legate (USD):</source>
            <translation>Coût par dé&amp;légué (USD) :</translation>
        </message>
        <message>
            <source>Average &amp;activity cost (USD):</source>
            <translation>Coût moyen d’une &amp;activité (USD) :</translation>
        </message>
        <message>
            <source>Scenarios side by side (¶20 and saved):</source>
            <translation>Comparaison des scénarios (¶20 et scénarios enregistrés) :</translation>
        </message>
        <message>
            <source>Figures</source>
            <extracomment>Heading of the figures beside the proposed slate</extracomment>
            <translation>Chiffres</translation>
        </message>
        <message>
            <source>Propose a slate to see its figures.</source>
            <translation>Proposez une liste pour en voir les chiffres.</translation>
        </message>
        <message>
            <source>No application for this meeting is in the running yet: submitted applications that meet ¶21 can be proposed.</source>
            <translation>Aucune demande pour cette réunion n’est encore en lice : les demandes soumises qui remplissent les critères du ¶21 peuvent être proposées.</translation>
        </message>
        <message>
            <source>Sc&amp;enario:</source>
            <extracomment>Label of the ¶20 scenario combo of the slate builder</extracomment>
            <translation>&amp;Scénario :</translation>
        </message>
        <message numerus="yes">
            <source>Small scale (¶20): %n delegate(s)</source>
            <extracomment>¶20 scenario: USD 2 million a year, 10 sponsored delegates per session</extracomment>
            <translation>
                <numerusform>Petite échelle (¶20) : %n délégué</numerusform>
                <numerusform>Petite échelle (¶20) : %n délégués</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Medium scale (¶20): %n delegate(s)</source>
            <extracomment>¶20 scenario: USD 5 million a year, 20 sponsored delegates per session</extracomment>
            <translation>
                <numerusform>Échelle moyenne (¶20) : %n délégué</numerusform>
                <numerusform>Échelle moyenne (¶20) : %n délégués</numerusform>
            </translation>
        </message>
        <message>
            <source>Other number of seats</source>
            <extracomment>Scenario combo: a seat count of the person's own choosing</extracomment>
            <translation>Autre nombre de places</translation>
        </message>
        <message>
            <source>&amp;Seats:</source>
            <translation>&amp;Places :</translation>
        </message>
        <message>
            <source>&amp;Budget (USD):</source>
            <extracomment>Label of the optional budget of the slate, in USD</extracomment>
            <translation>&amp;Budget (USD) :</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>Sans limite</translation>
        </message>
        <message>
            <source>&amp;Propose</source>
            <translation>&amp;Proposer</translation>
        </message>
        <message>
            <source>Propose the slate for the seats and budget (Alt+P)</source>
            <translation>Proposer la liste en fonction des places et du budget (Alt+P)</translation>
        </message>
        <message>
            <source>C&amp;lear Pins</source>
            <extracomment>Button: forget every pin and exclusion and propose again</extracomment>
            <translation>Tout &amp;désépingler</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scénario</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Places</translation>
        </message>
        <message>
            <source>Budget in USD</source>
            <translation>Budget en USD</translation>
        </message>
        <message>
            <source>Proposing the slate</source>
            <translation>Proposition de la liste</translation>
        </message>
        <message numerus="yes">
            <source>Proposed slate (%n delegate(s))</source>
            <extracomment>Heading of the list of proposed delegates</extracomment>
            <translation>
                <numerusform>Liste proposée (%n délégué)</numerusform>
                <numerusform>Liste proposée (%n délégués)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left out (%n applicant(s))</source>
            <extracomment>Heading of the list of applicants not on the slate</extracomment>
            <translation>
                <numerusform>Non retenus (%n candidat)</numerusform>
                <numerusform>Non retenus (%n candidats)</numerusform>
            </translation>
        </message>
        <message>
            <source>Proposed slate</source>
            <translation>Liste proposée</translation>
        </message>
        <message>
            <source>Ctrl+P pins or unpins the current applicant, Ctrl+E excludes or includes them</source>
            <translation>Ctrl+P épingle ou désépingle le candidat sélectionné, Ctrl+E l’exclut ou l’inclut</translation>
        </message>
        <message>
            <source>Applicants left out</source>
            <translation>Candidats non retenus</translation>
        </message>
        <message>
            <source>Pin to the Slate</source>
            <extracomment>Context menu of the slate lists; Ctrl+P</extracomment>
            <translation>Épingler sur la liste</translation>
        </message>
        <message>
            <source>Exclude from the Slate</source>
            <extracomment>Context menu of the slate lists; Ctrl+E</extracomment>
            <translation>Exclure de la liste</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>Ré&amp;gion :</translation>
        </message>
        <message>
            <source>&amp;Priority group:</source>
            <extracomment>Filter above the sponsorship applications: LDC, LLDC or SIDS (¶22)</extracomment>
            <translation>Groupe &amp;prioritaire :</translation>
        </message>
        <message>
            <source>All genders</source>
            <translation>Tous les genres</translation>
        </message>
        <message>
            <source>Any priority group</source>
            <translation>Tous les groupes prioritaires</translation>
        </message>
        <message>
            <source>Filter by gender</source>
            <translation>Filtrer par genre</translation>
        </message>
        <message>
            <source>Filter by priority group</source>
            <translation>Filtrer par groupe prioritaire</translation>
        </message>
        <message numerus="yes">
            <source>%1, %2 to %3 · %n formal meeting day(s)</source>
            <extracomment>Under the meeting selector: %1 city, %2 and %3 first and last day, %4 formal days</extracomment>
            <translation>
                <numerusform>%1, du %2 au %3 · %n jour de séances officielles</numerusform>
                <numerusform>%1, du %2 au %3 · %n jours de séances officielles</numerusform>
            </translation>
        </message>
        <message>
            <source>No meeting yet: create one with New Meeting to record applications.</source>
            <translation>Aucune réunion pour l’instant : créez-en une au moyen de « Nouvelle réunion » pour enregistrer des demandes.</translation>
        </message>
        <message>
            <source>Edit Meeting</source>
            <translation>Modifier la réunion</translation>
        </message>
        <message>
            <source>Sponsorship of representatives and experts</source>
            <extracomment>Accessible name of the Sponsorships page</extracomment>
            <translation>Parrainage de représentants et d’experts</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>&amp;New Meeting…</source>
            <translation>&amp;Nouvelle réunion…</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nouvelle réunion</translation>
        </message>
        <message>
            <source>Edit Meet&amp;ing…</source>
            <translation>Modifier la réun&amp;ion…</translation>
        </message>
        <message>
            <source>Edit meeting</source>
            <translation>Modifier la réunion</translation>
        </message>
        <message>
            <source>Edit the meeting's dates and cost norms</source>
            <translation>Modifier les dates et les normes de coût de la réunion</translation>
        </message>
        <message>
            <source>Appli&amp;cations</source>
            <extracomment>Tab of the Sponsorships page: the table of applications</extracomment>
            <translation>De&amp;mandes</translation>
        </message>
        <message>
            <source>Slate B&amp;uilder</source>
            <extracomment>Tab of the Sponsorships page: propose the slate of sponsored delegates</extracomment>
            <translation>Constitution de la &amp;liste</translation>
        </message>
        <message numerus="yes">
            <source>%n application(s) shown · cost %1</source>
            <extracomment>Under the sponsorships table: %1 is the total cost such as USD 12,000.00</extracomment>
            <translation>
                <numerusform>%n demande affichée · coût %1</numerusform>
                <numerusform>%n demandes affichées · coût %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n woman/women</source>
            <extracomment>Under the sponsorships table: how many of the shown applicants are women</extracomment>
            <translation>
                <numerusform>%n femme</numerusform>
                <numerusform>%n femmes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meet(s) ¶21</source>
            <extracomment>Under the sponsorships table: how many shown applications meet all of ¶21</extracomment>
            <translation>
                <numerusform>%n remplit le ¶21</numerusform>
                <numerusform>%n remplissent le ¶21</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit Sponsorship Application</source>
            <translation>Modifier la demande de parrainage</translation>
        </message>
        <message>
            <source>Delete the sponsorship application of %1 (%2)?</source>
            <extracomment>%1 is the applicant's name, %2 the State</extracomment>
            <translation>Supprimer la demande de parrainage de %1 (%2) ?</translation>
        </message>
        <message>
            <source>Delete Sponsorship Application</source>
            <translation>Supprimer la demande de parrainage</translation>
        </message>
        <message>
            <source>Sponsorship applications</source>
            <extracomment>Heading of the table of sponsorship applications for the chosen meeting</extracomment>
            <translation>Demandes de parrainage</translation>
        </message>
        <message>
            <source>Filter by name, State, ministry, title…</source>
            <extracomment>Placeholder of the filter box above the sponsorships table</extracomment>
            <translation>Filtrer par nom, État, ministère, titre…</translation>
        </message>
        <message>
            <source>Add sponsorship application</source>
            <translation>Ajouter une demande de parrainage</translation>
        </message>
        <message>
            <source>Edit sponsorship application</source>
            <translation>Modifier la demande de parrainage</translation>
        </message>
        <message>
            <source>Delete sponsorship application</source>
            <translation>Supprimer la demande de parrainage</translation>
        </message>
        <message>
            <source>Export the table to CSV</source>
            <extracomment>Title of the file dialog of "Export CSV…" under a table</extracomment>
            <translation>Exporter le tableau au format CSV</translation>
        </message>
        <message>
            <source>Export failed</source>
            <extracomment>Title of the message when a table could not be exported</extracomment>
            <translation>Échec de l’exportation</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <extracomment>Button under a table: save the rows shown (filtered, sorted) as a CSV file</extracomment>
            <translation>E&amp;xporter en CSV…</translation>
        </message>
        <message>
            <source>Save the rows shown, as filtered and sorted, to a CSV file (Ctrl+Shift+E)</source>
            <translation>Enregistrer les lignes affichées, filtrées et triées, dans un fichier CSV (Ctrl+Maj+E)</translation>
        </message>
        <message>
            <source>Exports the visible rows of %1 to CSV</source>
            <extracomment>Accessible description of the Export CSV button; %1 is the table's title</extracomment>
            <translation>Exporte au format CSV les lignes visibles de %1</translation>
        </message>
        <message>
            <source>(empty)</source>
            <extracomment>an empty value in the history of a record</extracomment>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <extracomment>one changed field in a record's history: %1 the field, %2 old, %3 new value</extracomment>
            <translation>%1 : %2 → %3</translation>
        </message>
        <message>
            <source>Created</source>
            <extracomment>what happened to a record, in its history</extracomment>
            <translation>Création</translation>
        </message>
        <message>
            <source>Deleted</source>
            <extracomment>what happened to a record, in its history</extracomment>
            <translation>Suppression</translation>
        </message>
        <message>
            <source>History of %1</source>
            <extracomment>window title: %1 names the record, such as an activity's reference</extracomment>
            <translation>Historique de %1</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <extracomment>a status move in an application's history: %1 the old, %2 the new status</extracomment>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>(no profile)</source>
            <translation>(aucun profil)</translation>
        </message>
        <message>
            <source>&amp;Status changes</source>
            <translation>Changements de &amp;statut</translation>
        </message>
        <message>
            <source>&amp;Changes to the record</source>
            <translation>&amp;Modifications de l’enregistrement</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Old → new values</source>
            <translation>Anciennes → nouvelles valeurs</translation>
        </message>
        <message>
            <source>Status changes</source>
            <translation>Changements de statut</translation>
        </message>
        <message>
            <source>Each move of the application, with who made it, when and the note.</source>
            <translation>Chaque changement de statut de la demande, avec son auteur, sa date et la note.</translation>
        </message>
        <message>
            <source>Changes to the record</source>
            <translation>Modifications de l’enregistrement</translation>
        </message>
        <message>
            <source>Each entry of the audit trail about this record, with the old and new values.</source>
            <translation>Chaque entrée de la piste d’audit concernant cet enregistrement, avec les anciennes et les nouvelles valeurs.</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <extracomment>a profile in the Profile menu: %1 the name, %2 the role</extracomment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>&amp;New profile…</source>
            <translation>&amp;Nouveau profil…</translation>
        </message>
        <message>
            <source>Profile: %1 (%2)</source>
            <extracomment>the status bar's profile button: %1 the person's name, %2 the role</extracomment>
            <translation>Profil : %1 (%2)</translation>
        </message>
        <message>
            <source>Profile: choose yours</source>
            <translation>Profil : choisissez le vôtre</translation>
        </message>
        <message>
            <source>Who is working on this laptop: the name recorded with every change, and the role that decides what you may approve.</source>
            <translation>Qui travaille sur cet ordinateur portable : le nom enregistré avec chaque modification, et le rôle qui détermine ce que vous pouvez approuver.</translation>
        </message>
        <message>
            <source>Wor&amp;kflow…</source>
            <translation>Circuit de &amp;validation…</translation>
        </message>
        <message>
            <source>Move the selected application to its next status, or amend its amount.</source>
            <translation>Faire passer la demande sélectionnée au statut suivant, ou modifier son montant.</translation>
        </message>
        <message>
            <source>Histor&amp;y…</source>
            <translation>Histori&amp;que…</translation>
        </message>
        <message>
            <source>The status changes and the audit trail of the selected application.</source>
            <translation>Les changements de statut et la piste d’audit de la demande sélectionnée.</translation>
        </message>
        <message>
            <source>P&amp;acket…</source>
            <extracomment>opens the approval packet (PDF) of the selected application</extracomment>
            <translation>Do&amp;ssier…</translation>
        </message>
        <message>
            <source>Preview, print or save the approval packet of the selected application.</source>
            <translation>Prévisualiser, imprimer ou enregistrer le dossier d’approbation de la demande sélectionnée.</translation>
        </message>
        <message>
            <source>Slate p&amp;acket…</source>
            <extracomment>Button: preview, print or save the approval packet of the meeting's whole slate</extracomment>
            <translation>Dossier de la &amp;liste…</translation>
        </message>
        <message>
            <source>Slate approval packet</source>
            <translation>Dossier d’approbation de la liste</translation>
        </message>
        <message>
            <source>Preview, print or save the approval packet of this meeting's slate.</source>
            <translation>Prévisualiser, imprimer ou enregistrer le dossier d’approbation de la liste de cette réunion.</translation>
        </message>
        <message>
            <source>Show the &amp;records of</source>
            <extracomment>Context menu of a dashboard chart: a submenu listing the bars (regions, groups)</extracomment>
            <translation>Afficher les &amp;enregistrements de</translation>
        </message>
        <message>
            <source>Opening “%1” was cancelled; the file was not changed.</source>
            <extracomment>Status bar message; %1 is the file name of the fund</extracomment>
            <translation>L’ouverture de « %1 » a été annulée ; le fichier n’a pas été modifié.</translation>
        </message>
        <message>
            <source>The fund's audit trail has been altered, first at entry %1: %2 Keep this file for investigation and work from a backup.</source>
            <extracomment>%1 is the number of the first broken entry, %2 what is wrong with it</extracomment>
            <translation>La piste d’audit du fonds a été altérée (première entrée concernée : %1) : %2 Conservez ce fichier aux fins d’enquête et travaillez à partir d’une sauvegarde.</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Piste d’audit</translation>
        </message>
        <message>
            <source>You can open the fund read-only: everything can be seen and printed, nothing can be changed.</source>
            <translation>Vous pouvez ouvrir le fonds en lecture seule : tout peut être consulté et imprimé, mais rien ne peut être modifié.</translation>
        </message>
        <message>
            <source>Open &amp;read-only</source>
            <translation>Ouvrir en &amp;lecture seule</translation>
        </message>
        <message>
            <source>Open the fund read-only</source>
            <translation>Ouvrir le fonds en lecture seule</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <extracomment>Button under the activities table; Insert key when the table has focus
----------
Button under the sponsorships table; Insert key when the table has focus</extracomment>
            <translation>&amp;Ajouter…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <extracomment>Button under the contributions table; Enter or double-click when the table has focus</extracomment>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <extracomment>Button under the contributions table; Delete key when the table has focus</extracomment>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>&amp;Score…</source>
            <extracomment>Button: declare a conflict of interest or score the selected application</extracomment>
            <translation>&amp;Noter…</translation>
        </message>
        <message>
            <source>Co&amp;nsultation…</source>
            <extracomment>Button: record a consultation of the governance structure (¶18)</extracomment>
            <translation>Consu&amp;ltation…</translation>
        </message>
        <message>
            <source>Export Sc&amp;ores…</source>
            <extracomment>Button: save the per-criterion review scores as a CSV file</extracomment>
            <translation>Exporter les n&amp;otes…</translation>
        </message>
        <message>
            <source>Add &amp;Contribution…</source>
            <extracomment>Button under the contributions table; Insert key when the table has focus</extracomment>
            <translation>Ajouter une &amp;contribution…</translation>
        </message>
        <message>
            <source>Add D&amp;onor…</source>
            <extracomment>Button under the donors table; Insert key when the table has focus</extracomment>
            <translation>Ajouter un d&amp;onateur…</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <extracomment>Button under the donors table; Enter or double-click when the table has focus</extracomment>
            <translation>Mod&amp;ifier…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <extracomment>Button under the donors table; Delete key when the table has focus</extracomment>
            <translation>Supp&amp;rimer</translation>
        </message>
        <message>
            <source>Dele&amp;te scenario…</source>
            <extracomment>button of the scenario planner: deletes the saved scenario chosen in "Start from"</extracomment>
            <translation>Supprimer le &amp;scénario…</translation>
        </message>
        <message>
            <source>Delete the saved scenario chosen in Start from</source>
            <translation>Supprimer le scénario enregistré choisi dans Partir de</translation>
        </message>
        <message>
            <source>Deletes the scenario chosen in “Start from”. The two ¶20 scenarios are built in and cannot be deleted.</source>
            <translation>Supprime le scénario choisi dans « Partir de ». Les deux scénarios du ¶20 sont prédéfinis et ne peuvent pas être supprimés.</translation>
        </message>
        <message>
            <source>The ¶20 scenarios are built in and cannot be deleted. Choose a scenario you saved in “Start from”.</source>
            <translation>Les scénarios du ¶20 sont prédéfinis et ne peuvent pas être supprimés. Choisissez dans « Partir de » un scénario que vous avez enregistré.</translation>
        </message>
        <message>
            <source>Delete Scenario</source>
            <extracomment>%1 is the name of a saved scenario</extracomment>
            <translation>Supprimer le scénario</translation>
        </message>
        <message>
            <source>Delete the saved scenario “%1”? This cannot be undone.</source>
            <translation>Supprimer le scénario enregistré « %1 » ? Cette opération est irréversible.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln delegate seat(s)</source>
            <extracomment>part of the planner's result: delegate seats a year</extracomment>
            <translation>
                <numerusform>%Ln place de délégué</numerusform>
                <numerusform>%Ln places de délégués</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln activity(ies)</source>
            <extracomment>part of the planner's result: activities a year</extracomment>
            <translation>
                <numerusform>%Ln activité</numerusform>
                <numerusform>%Ln activités</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln month(s)</source>
            <extracomment>part of the planner's result: months of operation the funding covers</extracomment>
            <translation>
                <numerusform>%Ln mois</numerusform>
                <numerusform>%Ln mois</numerusform>
            </translation>
        </message>
        <message>
            <source>Carries %1 and %2 a year; the funding covers %3 at this rate; %4 left unallocated.</source>
            <extracomment>result of the scenario planner; %1 the delegate seats ("20 delegate seats"), %2 the activities ("2 activities"), %3 the months ("14 months"), %4 an amount left over</extracomment>
            <translation>Permet de financer %1 et %2 par an ; le financement couvre %3 à ce rythme ; reste non alloué : %4.</translation>
        </message>
        <message>
            <source>Opening “%1”…</source>
            <extracomment>Banner while a fund opens; %1 is the file name</extracomment>
            <translation>Ouverture de « %1 »…</translation>
        </message>
        <message>
            <source>Checking the file for damage…</source>
            <translation>Vérification de l’intégrité du fichier…</translation>
        </message>
        <message>
            <source>Verifying the audit trail, entry by entry…</source>
            <translation>Vérification de la piste d’audit, entrée par entrée…</translation>
        </message>
        <message>
            <source>Preparing the fund's data…</source>
            <translation>Préparation des données du fonds…</translation>
        </message>
        <message>
            <source>Cancel opening the fund</source>
            <translation>Annuler l’ouverture du fonds</translation>
        </message>
        <message>
            <source>Fund being opened</source>
            <extracomment>Accessible name of the banner label naming the fund being opened</extracomment>
            <translation>Fonds en cours d’ouverture</translation>
        </message>
        <message>
            <source>Current step</source>
            <extracomment>Accessible name of the banner label saying what opening the fund is doing now</extracomment>
            <translation>Étape en cours</translation>
        </message>
        <message>
            <source>Progress of opening the fund</source>
            <translation>Progression de l’ouverture du fonds</translation>
        </message>
        <message>
            <source>Opening a fund</source>
            <translation>Ouverture d’un fonds</translation>
        </message>
        <message>
            <source>Loading the donors was cancelled.</source>
            <extracomment>Not normally shown: the user cancelled loading a table</extracomment>
            <translation>Le chargement des donateurs a été annulé.</translation>
        </message>
        <message>
            <source>Score Activity Application</source>
            <extracomment>Title of the message when the application to score can no longer be read</extracomment>
            <translation>Noter la demande d’activité</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <extracomment>Shown in a progress dialog after Cancel, until the work has stopped</extracomment>
            <translation>Arrêt en cours…</translation>
        </message>
        <message>
            <source>Loading was cancelled: the table may be out of date.</source>
            <extracomment>Above a table whose background loading the user cancelled</extracomment>
            <translation>Le chargement a été annulé : le tableau n’est peut-être pas à jour.</translation>
        </message>
        <message>
            <source>&amp;Load again</source>
            <extracomment>Button that reads a table's rows again after a cancelled load</extracomment>
            <translation>&amp;Recharger</translation>
        </message>
        <message>
            <source>Loading the rows from the fund…</source>
            <extracomment>Above a table while its rows are read from the fund in the background</extracomment>
            <translation>Chargement des lignes du fonds…</translation>
        </message>
        <message>
            <source>Cancel loading</source>
            <extracomment>Stops reading a table's rows in the background (also Esc)</extracomment>
            <translation>Annuler le chargement</translation>
        </message>
    </context>
    <context>
        <name>Tr</name>
        <message>
            <source>no item has the reference “%1”. Give an activity's reference (CB-2026-014), or activity:N or sponsorship:N with the item's number.</source>
            <translation>aucun élément n’a la référence « %1 ». Indiquez la référence d’une activité (CB-2026-014), ou activity:N ou sponsorship:N avec le numéro de l’élément.</translation>
        </message>
        <message>
            <source>The chart could not be saved to “%1”. Check that the folder exists and that you may write to it.</source>
            <extracomment>%1 is a file path</extracomment>
            <translation>Le graphique n’a pas pu être enregistré dans « %1 ». Vérifiez que le dossier existe et que vous avez le droit d’y écrire.</translation>
        </message>
    </context>
</TS>
