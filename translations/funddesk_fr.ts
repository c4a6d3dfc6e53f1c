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
            <extracomment>placeholder for a file path in command-line help</extracomment>
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
            <source>funddesk status: --year takes a year such as %1, not “%2”.</source>
            <translation>funddesk status : --year attend une année, par exemple %1, et non « %2 ».</translation>
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
            <source>Welcome to FundDesk</source>
            <translation>Bienvenue dans FundDesk</translation>
        </message>
        <message>
            <source>There is no fund at “%1” yet.</source>
            <translation>Il n’existe pas encore de fonds à l’emplacement « %1 ».</translation>
        </message>
        <message>
            <source>Start an empty fund for your own records, or explore a demo fund with realistic records first.</source>
            <translation>Créez un fonds vide pour vos propres données, ou découvrez d’abord un fonds de démonstration contenant des données réalistes.</translation>
        </message>
        <message>
            <source>Explore the &amp;demo fund</source>
            <translation>Explorer le fonds de &amp;démonstration</translation>
        </message>
        <message>
            <source>Start an &amp;empty fund</source>
            <translation>Créer un fonds &amp;vide</translation>
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
        <message numerus="yes">
            <source> (%n written since the last seal, sealed by the next change)</source>
            <extracomment>follows "audit trail intact: N entries"</extracomment>
            <translation>
                <numerusform> (%n écrite depuis le dernier scellement, scellée à la prochaine modification)</numerusform>
                <numerusform> (%n écrites depuis le dernier scellement, scellées à la prochaine modification)</numerusform>
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
            <source>Audit trail</source>
            <translation>Piste d’audit</translation>
        </message>
        <message>
            <source>The fund's audit trail has been altered: %1 Keep this file for investigation and work from a backup.</source>
            <translation>La piste d’audit du fonds a été altérée : %1 Conservez ce fichier aux fins d’enquête et travaillez à partir d’une sauvegarde.</translation>
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
            <extracomment>column of the exported review scores: %1 is a letter of ¶25, %2 the criterion</extracomment>
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
            <source>Fund “%1”: %2 donors, %3 contributions, %4 activity applications with %5 reviews, %6 consultations, %7 meetings with %8 sponsorship applications, %9 reference States.</source>
            <translation>Fonds « %1 » : %2 donateurs, %3 contributions, %4 demandes d’activité avec %5 évaluations, %6 consultations, %7 réunions avec %8 demandes de parrainage, %9 États de référence.</translation>
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
Column header: the applicant State (and how many co-applicants)</extracomment>
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
            <extracomment>Column header: when a contribution was changed</extracomment>
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
Column header: the geographic region of the donor's country</extracomment>
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
            <extracomment>Column header: the aggregate review score, 0 to 5</extracomment>
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
            <extracomment>The review summary: %1 scored, %2 recused, %3 pending reviewers</extracomment>
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
            <extracomment>A share of a total: %1 is a number such as 23.5</extracomment>
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
            <source>Add Contribution…</source>
            <extracomment>Button under the contributions table; Insert key when the table has focus</extracomment>
            <translation>Ajouter une contribution…</translation>
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
            <source>Edit…</source>
            <extracomment>Button under the contributions table; Enter or double-click when the table has focus
----------
Button under the donors table; Enter or double-click when the table has focus</extracomment>
            <translation>Modifier…</translation>
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
            <source>Delete</source>
            <extracomment>Button under the contributions table; Delete key when the table has focus
----------
Button under the donors table; Delete key when the table has focus</extracomment>
            <translation>Supprimer</translation>
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
            <source>History…</source>
            <extracomment>Button: show the earlier states of the selected contribution</extracomment>
            <translation>Historique…</translation>
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
            <source>Add Donor…</source>
            <extracomment>Button under the donors table; Insert key when the table has focus</extracomment>
            <translation>Ajouter un donateur…</translation>
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
            <extracomment>The totals line: %1 the shown applications and amount, %2 those below the floor</extracomment>
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
            <extracomment>File type filter of the save dialog</extracomment>
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
            <source>Add…</source>
            <extracomment>Button under the activities table; Insert key when the table has focus</extracomment>
            <translation>Ajouter…</translation>
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
            <source>Score…</source>
            <extracomment>Button: declare a conflict of interest or score the selected application</extracomment>
            <translation>Noter…</translation>
        </message>
        <message>
            <source>Score activity application</source>
            <translation>Noter la demande d’activité</translation>
        </message>
        <message>
            <source>Consultation…</source>
            <extracomment>Button: record a consultation of the governance structure (¶18)</extracomment>
            <translation>Consultation…</translation>
        </message>
        <message>
            <source>Record governance consultation</source>
            <translation>Enregistrer la consultation de la structure de gouvernance</translation>
        </message>
        <message>
            <source>Export Scores…</source>
            <extracomment>Button: save the per-criterion review scores as a CSV file</extracomment>
            <translation>Exporter les notes…</translation>
        </message>
        <message>
            <source>Export review scores</source>
            <translation>Exporter les notes d’évaluation</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <extracomment>Filter above the activities table</extracomment>
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
    </context>
</TS>
