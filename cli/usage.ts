import { LIMITS } from "../calc";

/** The help of the command line (French), shown by `fs-ctec --help` and after a usage error. */
export const USAGE = `fs-ctec — économie des France Services sous une convention départementale

Utilisation :
  fs-ctec compute FICHIER [--json | --csv] [--sans-traces]   calcule une convention
      [--xlsx CLASSEUR.xlsx]                                   écrit aussi le classeur de la convention
      [--xlsx-par-gestionnaire DOSSIER]                        écrit aussi un classeur par gestionnaire
      [--remplacer]                                            remplace les classeurs qui existent déjà
  fs-ctec compute FICHIER --projection 2022-2026 [--json]     projection pluriannuelle
  fs-ctec compare AVANT.json [APRES.json] [--json | --csv]     compare deux scénarios (écart = après − avant)
  fs-ctec compare FICHIER --annee 2023                         compare un scénario à lui-même une autre année
      [--regle-solde plafonne|redistribue]                     … ou sous une autre règle du montant final
      [--lecture masse_moins_forfait|part_moins_forfait]       … ou sous l'autre lecture de la règle des 80 %
      [--taux 0,75]                                            … ou à un autre taux du Département (0,75 : 75 %)
      [--enveloppe 350000]                                     … ou avec une autre enveloppe (en euros)
  fs-ctec example                                              affiche l'exemple (Vosges 2022, illustratif)
  fs-ctec example --structures N [--graine S]                  génère un scénario synthétique de N structures
  fs-ctec schema                                               affiche le schéma JSON d'un scénario

FICHIER « - » lit l'entrée standard. Un fichier de ${LIMITS.fileBytes / 1024 / 1024} Mo au plus.
Les classeurs .xlsx portent des formules Excel natives (sans le complément) ; la sortie standard
garde son rapport (tableau, --json ou --csv) ; pas de classeur pour une projection. Un classeur
existant n'est jamais remplacé sans --remplacer. Dans DOSSIER (créé s'il manque), un fichier par
gestionnaire, nommé d'après son nom et son identifiant (nom-du-gestionnaire_identifiant.xlsx).
Le texte de compute se termine par les paramètres estimés ou décidés utilisés, avec leur source.
Avec deux fichiers, --annee, --regle-solde, --lecture, --taux et --enveloppe changent le second.
--annee calcule l'année comme une projection : prévisionnelle (le réalisé et les objectifs ne
valent que pour l'année du scénario), éléments ponctuels dans leur seule année, dates décalées.
compare liste d'abord les règles et paramètres qui diffèrent, puis les écarts de la convention, de
chaque gestionnaire, de chaque structure et de chaque exercice ; --csv en donne une ligne par
convention, gestionnaire et structure (avant, après, écart), au format d'Excel en français.
Codes de sortie : 0 succès, 2 fichier, scénario ou option invalide (ou mémoire insuffisante), 1 erreur inattendue.`;
