<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Autosave</name>
    <message>
        <source>The automatic save failed: {reason}. Your work is not being saved automatically; save it with File ▸ Save session.</source>
        <translation>L&apos;enregistrement automatique a échoué : {reason}. Votre travail n&apos;est plus enregistré automatiquement ; enregistrez-le avec Fichier ▸ Enregistrer la séance.</translation>
    </message>
</context>
<context>
    <name>BridgeDialog</name>
    <message>
        <source>From synapse to network</source>
        <translation>De la synapse au réseau</translation>
    </message>
    <message>
        <source>Each stored pattern is shown in turn: a neuron fires at 40 Hz where the pattern is +1 and at 2 Hz where it is −1 (Poisson spikes). Every synapse follows a rate-based Hebbian rule, dw&lt;sub&gt;ij&lt;/sub&gt;/dt = η (ν&lt;sub&gt;i&lt;/sub&gt; − ν̄)(ν&lt;sub&gt;j&lt;/sub&gt; − ν̄). Summed over the patterns this is the lecture&apos;s w&lt;sub&gt;ij&lt;/sub&gt; = (1/N) Σ&lt;sub&gt;μ&lt;/sub&gt; P&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;μ&lt;/sup&gt; P&lt;sub&gt;j&lt;/sub&gt;&lt;sup&gt;μ&lt;/sup&gt;; the longer each pattern is shown, the less the spike noise blurs it.</source>
        <translation>Chaque motif stocké est présenté à son tour : un neurone décharge à 40 Hz là où le motif vaut +1 et à 2 Hz là où il vaut −1 (potentiels d’action poissonniens). Chaque synapse suit une règle de Hebb sur les fréquences, dw&lt;sub&gt;ij&lt;/sub&gt;/dt = η (ν&lt;sub&gt;i&lt;/sub&gt; − ν̄)(ν&lt;sub&gt;j&lt;/sub&gt; − ν̄). Sommée sur les motifs, c’est le w&lt;sub&gt;ij&lt;/sub&gt; = (1/N) Σ&lt;sub&gt;μ&lt;/sub&gt; P&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;μ&lt;/sup&gt; P&lt;sub&gt;j&lt;/sub&gt;&lt;sup&gt;μ&lt;/sup&gt; du cours ; plus chaque motif est présenté longtemps, moins le bruit des potentiels d’action le brouille.</translation>
    </message>
    <message>
        <source>How long each pattern is shown</source>
        <translation>Durée de présentation de chaque motif</translation>
    </message>
    <message>
        <source>Present the patterns</source>
        <translation>Présenter les motifs</translation>
    </message>
    <message>
        <source>learnt by the rate rule</source>
        <translation>appris par la règle sur les fréquences</translation>
    </message>
    <message>
        <source>Hebb: (1/N) Σ P Pᵀ</source>
        <translation>Hebb : (1/N) Σ P Pᵀ</translation>
    </message>
    <message>
        <source>each pattern shown for</source>
        <translation>chaque motif présenté pendant</translation>
    </message>
    <message>
        <source>K = {k} patterns, N = {n} neurons: correlation with the Hebb matrix {c}, relative difference {e}.</source>
        <translation>K = {k} motifs, N = {n} neurones : corrélation avec la matrice de Hebb {c}, écart relatif {e}.</translation>
    </message>
    <message>
        <source>(Among the first {m} neurons.)</source>
        <translation>(Parmi les {m} premiers neurones.)</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>{speed} sweeps/s</source>
        <translation>{speed} balayages/s</translation>
    </message>
    <message>
        <source>{speed} sweep/s</source>
        <translation>{speed} balayage/s</translation>
    </message>
    <message>
        <source>Hebb</source>
        <translation>Hebb</translation>
    </message>
    <message>
        <source>Storkey</source>
        <translation>Storkey</translation>
    </message>
    <message>
        <source>pseudo-inverse</source>
        <translation>pseudo-inverse</translation>
    </message>
    <message>
        <source>Run or pause the network (Space)</source>
        <translation>Lancer ou mettre en pause le réseau (Espace)</translation>
    </message>
    <message>
        <source>Step (S)</source>
        <translation>Pas (S)</translation>
    </message>
    <message>
        <source>Advance exactly one sweep: N single-neuron updates (asynchronous) or one parallel update</source>
        <translation>Avancer d’exactement un balayage : N mises à jour d’un neurone (asynchrone) ou une mise à jour parallèle</translation>
    </message>
    <message>
        <source>Inverse temperature β (logarithmic). P[S_i=+1] = 1/(1+exp(−β h_i)); a single pattern melts below β = 2</source>
        <translation>Température inverse β (échelle logarithmique). P[S_i=+1] = 1/(1+exp(−β h_i)) ; un motif seul fond sous β = 2</translation>
    </message>
    <message>
        <source>Deterministic dynamics: S_i = sign(h_i)</source>
        <translation>Dynamique déterministe : S_i = signe(h_i)</translation>
    </message>
    <message>
        <source>K: how many patterns are stored (the first K of the library)</source>
        <translation>K : nombre de motifs stockés (les K premiers de la bibliothèque)</translation>
    </message>
    <message>
        <source>Grid size: N = rows × cols neurons ({min} to {max} a side). Patterns are resampled.</source>
        <translation>Taille de la grille : N = lignes × colonnes neurones ({min} à {max} de côté). Les motifs sont rééchantillonnés.</translation>
    </message>
    <message>
        <source>asynchronous</source>
        <translation>asynchrone</translation>
    </message>
    <message>
        <source>synchronous</source>
        <translation>synchrone</translation>
    </message>
    <message>
        <source>Asynchronous: one neuron at a time in random order. Synchronous: all at once (may end in a 2-cycle).</source>
        <translation>Asynchrones : un neurone à la fois, dans un ordre aléatoire. Synchrones : tous à la fois (peut finir en cycle d’ordre 2).</translation>
    </message>
    <message>
        <source>Hebb: w_ij = (1/N) Σ_μ P_i^μ P_j^μ (the lecture). Storkey and pseudo-inverse store more patterns.</source>
        <translation>Hebb : w_ij = (1/N) Σ_μ P_i^μ P_j^μ (le cours). Storkey et pseudo-inverse stockent davantage de motifs.</translation>
    </message>
    <message>
        <source>keep self-coupling w_ii</source>
        <translation>auto-couplage w_ii</translation>
    </message>
    <message>
        <source>The lecture&apos;s sum includes i = j (w_ii = K/N). That self-excitation freezes states and hides the capacity limit, so it is off by default.</source>
        <translation>La somme du cours inclut i = j (w_ii = K/N). Cette auto-excitation fige les états et masque la limite de capacité : elle est désactivée par défaut.</translation>
    </message>
    <message>
        <source>Connectivity c: the percentage of the pairs of neurons joined by a synapse. Lowering it removes synapses at random (w_ij = c_ij Σ_μ P_i^μ P_j^μ/(cN)); raising it regrows them.</source>
        <translation>Connectivité c : le pourcentage des paires de neurones reliées par une synapse. La baisser supprime des synapses au hasard (w_ij = c_ij Σ_μ P_i^μ P_j^μ/(cN)) ; la remonter les fait repousser.</translation>
    </message>
    <message>
        <source>Pruning: the percentage of the synapses removed, the weakest |w_ij| first</source>
        <translation>Élagage : le pourcentage des synapses supprimées, les plus faibles |w_ij| d&apos;abord</translation>
    </message>
    <message>
        <source>binary synapses</source>
        <translation>synapses binaires</translation>
    </message>
    <message>
        <source>Clipped synapses: each keeps only its sign, w_ij = sign(Σ_μ P_i^μ P_j^μ)/(c√(KN)); the capacity falls from 0.138 to about 0.10 (Sompolinsky 1986)</source>
        <translation>Synapses écrêtées : chacune ne garde que son signe, w_ij = signe(Σ_μ P_i^μ P_j^μ)/(c√(KN)) ; la capacité tombe de 0,138 à environ 0,10 (Sompolinsky 1986)</translation>
    </message>
    <message>
        <source>From slow motion (neuron by neuron) to as fast as possible</source>
        <translation>Du ralenti (neurone par neurone) au plus rapide possible</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <source>Fix the seed to reproduce a run exactly (applies at the next reset)</source>
        <translation>Fixer la graine pour reproduire une simulation à l’identique (prise en compte à la prochaine réinitialisation)</translation>
    </message>
    <message>
        <source>K stored</source>
        <translation>K stockés</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>grille</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>règle</translation>
    </message>
    <message>
        <source>synapses</source>
        <translation>synapses</translation>
    </message>
    <message>
        <source>pruned</source>
        <translation>élaguées</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>vitesse</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <source>Run (Space)</source>
        <translation>Lancer (Espace)</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>The details are in {path}.</source>
        <translation>Les détails sont dans {path}.</translation>
    </message>
    <message>
        <source>Something went wrong inside Hopfield Explorer ({error}). The app goes on and your work is saved automatically; if it happens again, save your session and restart. {where}</source>
        <translation>Une erreur s&apos;est produite dans Hopfield Explorer ({error}). L&apos;application continue et votre travail est enregistré automatiquement ; si cela se reproduit, enregistrez votre séance et redémarrez. {where}</translation>
    </message>
</context>
<context>
    <name>CurvesPanel</name>
    <message>
        <source>overlap m&lt;sup&gt;μ&lt;/sup&gt;</source>
        <translation>recouvrement m&lt;sup&gt;μ&lt;/sup&gt;</translation>
    </message>
    <message>
        <source>time t (sweeps)</source>
        <translation>temps t (balayages)</translation>
    </message>
    <message>
        <source>Overlaps m&lt;sup&gt;μ&lt;/sup&gt;(t) = (1/N) Σ&lt;sub&gt;i&lt;/sub&gt; P&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;μ&lt;/sup&gt; S&lt;sub&gt;i&lt;/sub&gt;(t)</source>
        <translation>Recouvrements m&lt;sup&gt;μ&lt;/sup&gt;(t) = (1/N) Σ&lt;sub&gt;i&lt;/sub&gt; P&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;μ&lt;/sup&gt; S&lt;sub&gt;i&lt;/sub&gt;(t)</translation>
    </message>
    <message>
        <source>Overlaps m&lt;sup&gt;μ&lt;/sup&gt;(t)</source>
        <translation>Recouvrements m&lt;sup&gt;μ&lt;/sup&gt;(t)</translation>
    </message>
    <message>
        <source>Energy E(t)</source>
        <translation>Énergie E(t)</translation>
    </message>
    <message>
        <source>energy E / N</source>
        <translation>énergie E / N</translation>
    </message>
    <message>
        <source>others: max |m| = {max}</source>
        <translation>autres : |m| max = {max}</translation>
    </message>
    <message>
        <source>Energy E = −½ Σ&lt;sub&gt;i≠j&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; S&lt;sub&gt;i&lt;/sub&gt; S&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation>Énergie E = −½ Σ&lt;sub&gt;i≠j&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; S&lt;sub&gt;i&lt;/sub&gt; S&lt;sub&gt;j&lt;/sub&gt;</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Editor (left: paint +1, right: erase −1)</source>
        <translation>Éditeur (gauche : peindre +1, droit : effacer −1)</translation>
    </message>
    <message>
        <source>Click and drag to paint (+1); right button erases (−1). Each stroke can be undone (Ctrl+Z).</source>
        <translation>Cliquer-glisser pour peindre (+1) ; le bouton droit efface (−1). Chaque trait peut être annulé (Ctrl+Z).</translation>
    </message>
    <message>
        <source>paint stroke</source>
        <translation>trait de pinceau</translation>
    </message>
    <message>
        <source>letters, e.g. A</source>
        <translation>lettres, par ex. A</translation>
    </message>
    <message>
        <source>Type letters and press Enter: they are drawn from a real font at the grid&apos;s size</source>
        <translation>Tapez des lettres puis Entrée : elles sont dessinées dans une vraie police, à la taille de la grille</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>All neurons −1</source>
        <translation>Tous les neurones à −1</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>effacer</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <source>Flip every neuron</source>
        <translation>Retourner chaque neurone</translation>
    </message>
    <message>
        <source>invert</source>
        <translation>inverser</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aléatoire</translation>
    </message>
    <message>
        <source>Random ±1</source>
        <translation>±1 aléatoires</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Draw the typed letters into the editor</source>
        <translation>Dessiner les lettres tapées dans l’éditeur</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>Image…</translation>
    </message>
    <message>
        <source>Load a picture into the editor</source>
        <translation>Charger une image dans l’éditeur</translation>
    </message>
    <message>
        <source>Load selected</source>
        <translation>Charger la sélection</translation>
    </message>
    <message>
        <source>Copy the selected library pattern into the editor</source>
        <translation>Copier le motif sélectionné de la bibliothèque dans l’éditeur</translation>
    </message>
    <message>
        <source>Store in library</source>
        <translation>Ranger dans la bibliothèque</translation>
    </message>
    <message>
        <source>Add the drawing to the library as a new stored pattern</source>
        <translation>Ajouter le dessin à la bibliothèque comme nouveau motif stocké</translation>
    </message>
    <message>
        <source>randomise</source>
        <translation>tirer au hasard</translation>
    </message>
    <message>
        <source>write “{text}”</source>
        <translation>écrire « {text} »</translation>
    </message>
</context>
<context>
    <name>ExperimentForms</name>
    <message>
        <source>Seed: the same seed gives the same numbers as `hopfield` on the command line</source>
        <translation>Graine : la même graine donne les mêmes nombres que `hopfield` en ligne de commande</translation>
    </message>
    <message>
        <source>seed</source>
        <extracomment>the experiments, in the tab&apos;s order</extracomment>
        <translation>graine</translation>
    </message>
</context>
<context>
    <name>ExperimentsPanel</name>
    <message>
        <source>Which experiment to run</source>
        <translation>L’expérience à lancer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the experiment; the runs already done stay on the plot</source>
        <translation>Arrêter l’expérience ; les essais déjà faits restent sur le graphique</translation>
    </message>
    <message>
        <source>%v / %m runs</source>
        <translation>%v / %m essais</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Run the experiment in the background; the window stays responsive</source>
        <translation>Lance l’expérience en arrière-plan ; la fenêtre reste réactive</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Show or hide the experiment&apos;s settings</source>
        <translation>Afficher ou masquer les réglages de l’expérience</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save the plot as a figure for slides, or the results as a CSV table</source>
        <translation>Enregistrer le graphique en figure pour diapositives, ou les résultats en tableau CSV</translation>
    </message>
    <message>
        <source>Figure for slides (PNG)…</source>
        <translation>Figure pour diapositives (PNG)…</translation>
    </message>
    <message>
        <source>Results as CSV…</source>
        <translation>Résultats en CSV…</translation>
    </message>
    <message>
        <source>internal error in the experiment:</source>
        <translation>erreur interne dans l’expérience :</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>done in {seconds} s</source>
        <translation>terminé en {seconds} s</translation>
    </message>
    <message>
        <source>%v / %m runs — done in {seconds} s</source>
        <translation>%v / %m simulations — terminé en {seconds} s</translation>
    </message>
    <message>
        <source>%v / %m runs — cancelled after {seconds} s</source>
        <translation>%v / %m simulations — annulé après {seconds} s</translation>
    </message>
    <message>
        <source>cancelled after {seconds} s</source>
        <translation>annulé après {seconds} s</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>run an experiment first</source>
        <translation>lancez d’abord une expérience</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Size in pixels:</source>
        <translation>Taille en pixels :</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
</context>
<context>
    <name>ExplorerBinding</name>
    <message>
        <source>load pattern</source>
        <translation>chargement d’un motif</translation>
    </message>
</context>
<context>
    <name>ExplorerController</name>
    <message>
        <source>add pattern</source>
        <extracomment>The seed of which pairs are connected: one structure for every network of the session (and every machine), so that lowering the connectivity removes a subset of the synapses and raising it again regrows them (core.structure.network_weights).</extracomment>
        <translation>ajout d’un motif</translation>
    </message>
    <message>
        <source>duplicate pattern</source>
        <translation>duplication d’un motif</translation>
    </message>
    <message>
        <source>remove pattern</source>
        <translation>retrait d’un motif</translation>
    </message>
    <message>
        <source>move pattern</source>
        <translation>déplacement d’un motif</translation>
    </message>
    <message>
        <source>rename pattern</source>
        <translation>renommer le motif</translation>
    </message>
    <message>
        <source>store pattern</source>
        <translation>stockage d’un motif</translation>
    </message>
    <message>
        <source>unstore pattern</source>
        <translation>déstockage d’un motif</translation>
    </message>
    <message>
        <source>K = {k}, but the library holds only {count} patterns</source>
        <translation>K = {k}, mais la bibliothèque ne contient que {count} motifs</translation>
    </message>
    <message>
        <source>set K</source>
        <translation>choix de K</translation>
    </message>
    <message>
        <source>resize grid</source>
        <translation>redimensionnement de la grille</translation>
    </message>
    <message>
        <source>No pattern is stored: tick at least one pattern in the library.</source>
        <translation>Aucun motif n’est stocké : cochez au moins un motif dans la bibliothèque.</translation>
    </message>
    <message>
        <source>No pattern is stored, so there is no cue to start from.</source>
        <translation>Aucun motif n’est stocké : il n’y a donc pas d’indice d’où partir.</translation>
    </message>
    <message>
        <source>open session</source>
        <translation>ouverture de séance</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <extracomment>Fewer pixels than this across a letter and it cannot be read (a bold capital needs about 6).</extracomment>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Text to pattern</source>
        <translation>Du texte au motif</translation>
    </message>
    <message>
        <source>Letters:</source>
        <translation>Lettres :</translation>
    </message>
    <message>
        <source>Image to pattern</source>
        <translation>De l’image au motif</translation>
    </message>
    <message>
        <source>“{text}” has {width} pixels a letter on {rows} × {cols}: too few to read. Use fewer letters or a larger grid (about {side} a side).</source>
        <translation>« {text} » n’a que {width} pixels par lettre sur {rows} × {cols} : trop peu pour être lu. Utilisez moins de lettres ou une grille plus grande (environ {side} de côté).</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>{file} holds no pattern</source>
        <translation>{file} ne contient aucun motif</translation>
    </message>
    <message>
        <source>{file}: the grid must be at least 5 × 5</source>
        <translation>{file} : la grille doit faire au moins 5 × 5</translation>
    </message>
    <message>
        <source>open patterns</source>
        <translation>ouverture de motifs</translation>
    </message>
    <message>
        <source>could not save {file}: {error}</source>
        <translation>impossible d’enregistrer {file} : {error}</translation>
    </message>
    <message>
        <source>saved {file}</source>
        <translation>{file} enregistré</translation>
    </message>
    <message>
        <source>Open patterns</source>
        <translation>Ouvrir des motifs</translation>
    </message>
    <message>
        <source>Pattern sets (*.json *.npz)</source>
        <translation>Jeux de motifs (*.json *.npz)</translation>
    </message>
    <message>
        <source>Save patterns</source>
        <translation>Enregistrer les motifs</translation>
    </message>
    <message>
        <source>JSON (*.json);;NumPy (*.npz)</source>
        <translation>JSON (*.json);;NumPy (*.npz)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Ouvrir une séance</translation>
    </message>
    <message>
        <source>Hopfield sessions (*.hopfield.json *.json)</source>
        <translation>Séances Hopfield (*.hopfield.json *.json)</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Enregistrer la séance</translation>
    </message>
    <message>
        <source>Hopfield sessions (*.hopfield.json)</source>
        <translation>Séances Hopfield (*.hopfield.json)</translation>
    </message>
    <message>
        <source>synchronous</source>
        <translation>synchrone</translation>
    </message>
    <message>
        <source>asynchronous</source>
        <translation>asynchrone</translation>
    </message>
    <message>
        <source>seed = {seed}</source>
        <translation>graine = {seed}</translation>
    </message>
    <message>
        <source>{count} more patterns not drawn</source>
        <translation>{count} autres motifs non tracés</translation>
    </message>
    <message>
        <source>Overlaps m&lt;sup&gt;μ&lt;/sup&gt;(t) with the stored patterns</source>
        <translation>Recouvrements m&lt;sup&gt;μ&lt;/sup&gt;(t) avec les motifs stockés</translation>
    </message>
    <message>
        <source>overlap m&lt;sup&gt;μ&lt;/sup&gt;</source>
        <translation>recouvrement m&lt;sup&gt;μ&lt;/sup&gt;</translation>
    </message>
    <message>
        <source>time t (sweeps)</source>
        <translation>temps t (balayages)</translation>
    </message>
    <message>
        <source>Export figure for slides</source>
        <translation>Exporter une figure pour diapositives</translation>
    </message>
    <message>
        <source>Size in pixels:</source>
        <translation>Taille en pixels :</translation>
    </message>
    <message>
        <source>Export network state</source>
        <translation>Exporter l’état du réseau</translation>
    </message>
    <message>
        <source>Export curves</source>
        <translation>Exporter les courbes</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Neurons&lt;/b&gt; S&lt;sub&gt;i&lt;/sub&gt; = ±1, field h&lt;sub&gt;i&lt;/sub&gt; = Σ&lt;sub&gt;j&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; S&lt;sub&gt;j&lt;/sub&gt;.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Update&lt;/b&gt; (Leçon 5): P[S&lt;sub&gt;i&lt;/sub&gt; = +1] = 1 / (1 + exp(−β h&lt;sub&gt;i&lt;/sub&gt;)); β = ∞ is S&lt;sub&gt;i&lt;/sub&gt; = sign(h&lt;sub&gt;i&lt;/sub&gt;).
Note the factor 2: ⟨S&lt;sub&gt;i&lt;/sub&gt;⟩ = tanh(β h&lt;sub&gt;i&lt;/sub&gt;/2), so one stored pattern melts below β = 2
(textbooks write β/2 for our β).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Hebb&lt;/b&gt;: w&lt;sub&gt;ij&lt;/sub&gt; = (1/N) Σ&lt;sub&gt;μ&lt;/sub&gt; P&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;μ&lt;/sup&gt; P&lt;sub&gt;j&lt;/sub&gt;&lt;sup&gt;μ&lt;/sup&gt;,
with w&lt;sub&gt;ii&lt;/sub&gt; = 0 by default: the lecture&apos;s sum includes i = j (w&lt;sub&gt;ii&lt;/sub&gt; = K/N), a self-excitation that
freezes almost any state and hides the capacity limit.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Overlap&lt;/b&gt; m&lt;sup&gt;μ&lt;/sup&gt; = (1/N) Σ&lt;sub&gt;i&lt;/sub&gt; P&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;μ&lt;/sup&gt; S&lt;sub&gt;i&lt;/sub&gt;; m = 1 means the state is the pattern.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Capacity&lt;/b&gt;: K&lt;sub&gt;max&lt;/sub&gt; = 0.138 N (Amit, Gutfreund &amp;amp; Sompolinsky).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Energy&lt;/b&gt; E = −½ Σ&lt;sub&gt;i≠j&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; S&lt;sub&gt;i&lt;/sub&gt; S&lt;sub&gt;j&lt;/sub&gt; never increases under
deterministic asynchronous updates; synchronous updates can end in a 2-cycle.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Time&lt;/b&gt; is counted in sweeps: N single-neuron updates in random order, or one parallel update.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Neurones&lt;/b&gt; S&lt;sub&gt;i&lt;/sub&gt; = ±1, champ h&lt;sub&gt;i&lt;/sub&gt; = Σ&lt;sub&gt;j&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; S&lt;sub&gt;j&lt;/sub&gt;.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Mise à jour&lt;/b&gt; (Leçon 5) : P[S&lt;sub&gt;i&lt;/sub&gt; = +1] = 1 / (1 + exp(−β h&lt;sub&gt;i&lt;/sub&gt;)) ; β = ∞ donne S&lt;sub&gt;i&lt;/sub&gt; = signe(h&lt;sub&gt;i&lt;/sub&gt;).
Attention au facteur 2 : ⟨S&lt;sub&gt;i&lt;/sub&gt;⟩ = tanh(β h&lt;sub&gt;i&lt;/sub&gt;/2), donc un motif stocké seul fond sous β = 2
(les manuels écrivent β/2 pour notre β).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Hebb&lt;/b&gt; : w&lt;sub&gt;ij&lt;/sub&gt; = (1/N) Σ&lt;sub&gt;μ&lt;/sub&gt; P&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;μ&lt;/sup&gt; P&lt;sub&gt;j&lt;/sub&gt;&lt;sup&gt;μ&lt;/sup&gt;,
avec w&lt;sub&gt;ii&lt;/sub&gt; = 0 par défaut : la somme du cours inclut i = j (w&lt;sub&gt;ii&lt;/sub&gt; = K/N), une auto-excitation qui
fige presque n’importe quel état et masque la limite de capacité.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Recouvrement&lt;/b&gt; m&lt;sup&gt;μ&lt;/sup&gt; = (1/N) Σ&lt;sub&gt;i&lt;/sub&gt; P&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;μ&lt;/sup&gt; S&lt;sub&gt;i&lt;/sub&gt; ; m = 1 signifie que l’état est le motif.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Capacité&lt;/b&gt; : K&lt;sub&gt;max&lt;/sub&gt; = 0.138 N (Amit, Gutfreund &amp;amp; Sompolinsky).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Énergie&lt;/b&gt; E = −½ Σ&lt;sub&gt;i≠j&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; S&lt;sub&gt;i&lt;/sub&gt; S&lt;sub&gt;j&lt;/sub&gt; : elle ne croît jamais sous des
mises à jour asynchrones déterministes ; des mises à jour synchrones peuvent finir en cycle d’ordre 2.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Le temps&lt;/b&gt; se compte en balayages : N mises à jour d’un neurone dans un ordre aléatoire, ou une mise à jour parallèle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;See associative memory work: the model of « Leçon 5 : Réseaux et apprentissage » (J. Ranft,
Neurosciences computationnelles).&lt;/p&gt;
&lt;p&gt;References: J. J. Hopfield, PNAS 79, 2554 (1982); D. J. Amit, H. Gutfreund &amp;amp; H. Sompolinsky,
Phys. Rev. Lett. 55, 1530 (1985) and Ann. Phys. 173, 30 (1987); A. Storkey, ICANN (1997);
L. Personnaz, I. Guyon &amp;amp; G. Dreyfus, J. Phys. Lett. 46, L359 (1985).&lt;/p&gt;
&lt;p&gt;Licence: MIT.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Voir une mémoire associative à l’œuvre : le modèle de « Leçon 5 : Réseaux et apprentissage » (J. Ranft,
Neurosciences computationnelles).&lt;/p&gt;
&lt;p&gt;Références : J. J. Hopfield, PNAS 79, 2554 (1982) ; D. J. Amit, H. Gutfreund &amp;amp; H. Sompolinsky,
Phys. Rev. Lett. 55, 1530 (1985) et Ann. Phys. 173, 30 (1987) ; A. Storkey, ICANN (1997) ;
L. Personnaz, I. Guyon &amp;amp; G. Dreyfus, J. Phys. Lett. 46, L359 (1985).&lt;/p&gt;
&lt;p&gt;Licence : MIT.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LabController</name>
    <message>
        <source>At most {count} rules can be compared at once: clear some first.</source>
        <translation>On peut comparer au plus {count} règles à la fois : effacez-en d’abord.</translation>
    </message>
    <message>
        <source>internal error in the plasticity lab:</source>
        <translation>erreur interne du laboratoire de plasticité :</translation>
    </message>
</context>
<context>
    <name>LabPresets</name>
    <message>
        <source>Frequency</source>
        <extracomment>Sjöström&apos;s pairs: 60 in a row, or the real 5 × 15 trains the protocol the player animates ms, Δt of the played pairs Hz, the played frequency (&quot;both&quot;, &quot;frequency&quot;) the animation&apos;s pace, times real time</extracomment>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Δt pré–post</translation>
    </message>
    <message>
        <source>Bi &amp; Poo (1998): 60 pairs at 1 Hz — LTP when pre comes first, LTD when post does; the pair rule fitted to their cells</source>
        <translation>Bi &amp; Poo (1998) : 60 paires à 1 Hz — LTP quand le pré précède, LTD quand le post précède ; la règle par paires ajustée à leurs cellules</translation>
    </message>
    <message>
        <source>Δt</source>
        <translation>Δt</translation>
    </message>
    <message>
        <source>Timing and frequency</source>
        <translation>Temps et fréquence</translation>
    </message>
    <message>
        <source>Dudek &amp; Bear (1992): 900 pulses from 1 to 100 Hz — LTD at 1–3 Hz, none near 10 Hz, LTP at 50 Hz: the calcium rule&apos;s dudek-bear set and BCM with a sliding threshold and a bounded weight</source>
        <translation>Dudek &amp; Bear (1992) : 900 impulsions de 1 à 100 Hz — LTD à 1–3 Hz, rien vers 10 Hz, LTP à 50 Hz : le jeu dudek-bear de la règle calcique et BCM avec un seuil glissant et un poids borné</translation>
    </message>
    <message>
        <source>Sjöström et al. (2001): pairs at 0.1–50 Hz — at high frequency both orders give LTP; the triplet rule fitted to these points follows</source>
        <translation>Sjöström et al. (2001) : paires à 0,1–50 Hz — à haute fréquence les deux ordres donnent de la LTP ; la règle des triplets ajustée sur ces points les suit</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>Pair rule fails, triplet fits</source>
        <translation>Paires en échec, triplets ajustés</translation>
    </message>
    <message>
        <source>The same Sjöström points with a pair rule and the triplet rule: compare the error E of each</source>
        <translation>Les mêmes points de Sjöström avec une règle par paires et la règle des triplets : comparez l’erreur E de chacune</translation>
    </message>
    <message>
        <source>Pair/triplet</source>
        <translation>Paire/triplet</translation>
    </message>
    <message>
        <source>The real protocol</source>
        <translation>Le vrai protocole</translation>
    </message>
    <message>
        <source>Sjöström&apos;s real protocol (5 pairs, 15 times every 10 s): the all-to-all triplet rule loses its LTP at 40–50 Hz, the nearest-spike rows keep it</source>
        <translation>Le vrai protocole de Sjöström (5 paires, 15 fois toutes les 10 s) : la règle des triplets « toutes paires » perd sa LTP à 40–50 Hz, les jeux « plus proche » la gardent</translation>
    </message>
    <message>
        <source>The sliding threshold</source>
        <translation>Le seuil glissant</translation>
    </message>
    <message>
        <source>BCM after light and after dark rearing (Kirkwood, Rioult &amp; Bear 1996): the lower threshold left by less activity moves the LTD/LTP crossover to lower frequencies; play the 1 Hz protocol to see θ_M slide</source>
        <translation>BCM après élevage à la lumière et dans le noir (Kirkwood, Rioult &amp; Bear 1996) : le seuil plus bas laissé par une activité moindre déplace le passage LTD/LTP vers les basses fréquences ; jouez le protocole à 1 Hz pour voir θ_M glisser</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Real protocol</source>
        <translation>Vrai protocole</translation>
    </message>
</context>
<context>
    <name>LessonGuide</name>
    <message>
        <source>Lesson guide</source>
        <translation>Guide de la leçon</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>Montrer</translation>
    </message>
    <message>
        <source>Run: {experiment}</source>
        <translation>Lancer : {experiment}</translation>
    </message>
    <message>
        <source>1. « Pouvez-vous lire ce texte ? »</source>
        <translation>1. « Pouvez-vous lire ce texte ? »</translation>
    </message>
    <message>
        <source>We read words with missing letters: memory completes a partial cue. Store A, O, T; show O with 40 % of its pixels erased.</source>
        <translation>Nous lisons des mots auxquels manquent des lettres : la mémoire complète un indice partiel. On stocke A, O, T et on montre O avec 40 % de ses pixels effacés.</translation>
    </message>
    <message>
        <source>The erased pixels fill in and the overlap m&lt;sup&gt;O&lt;/sup&gt; climbs to 1 while the others stay low.</source>
        <translation>Les pixels effacés se remplissent et le recouvrement m&lt;sup&gt;O&lt;/sup&gt; monte jusqu’à 1 tandis que les autres restent bas.</translation>
    </message>
    <message>
        <source>2. Stimuli leave traces; connectivity is their superposition</source>
        <translation>2. Les stimuli laissent des traces ; la connectivité est leur superposition</translation>
    </message>
    <message>
        <source>Each stored pattern adds its trace P P&lt;sup&gt;T&lt;/sup&gt;/N to the weights: w&lt;sub&gt;ij&lt;/sub&gt; = (1/N) Σ&lt;sub&gt;μ&lt;/sub&gt; P&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;μ&lt;/sup&gt; P&lt;sub&gt;j&lt;/sub&gt;&lt;sup&gt;μ&lt;/sup&gt;. Pick a pattern in the Weights tab to see its trace alone.</source>
        <translation>Chaque motif stocké ajoute sa trace P P&lt;sup&gt;T&lt;/sup&gt;/N aux poids : w&lt;sub&gt;ij&lt;/sub&gt; = (1/N) Σ&lt;sub&gt;μ&lt;/sub&gt; P&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;μ&lt;/sup&gt; P&lt;sub&gt;j&lt;/sub&gt;&lt;sup&gt;μ&lt;/sup&gt;. Choisissez un motif dans l’onglet Poids pour voir sa trace seule.</translation>
    </message>
    <message>
        <source>W is the sum of the traces; one pattern&apos;s trace is a matrix of ±1/N.</source>
        <translation>W est la somme des traces ; la trace d’un motif est une matrice de ±1/N.</translation>
    </message>
    <message>
        <source>3. Temperature</source>
        <translation>3. La température</translation>
    </message>
    <message>
        <source>Neurons are noisy: P[S&lt;sub&gt;i&lt;/sub&gt; = +1] = 1/(1 + e&lt;sup&gt;−β h&lt;sub&gt;i&lt;/sub&gt;&lt;/sup&gt;). β is lowered step by step from 10 to 1.2. Afterwards run the temperature experiment.</source>
        <translation>Les neurones sont bruités : P[S&lt;sub&gt;i&lt;/sub&gt; = +1] = 1/(1 + e&lt;sup&gt;−β h&lt;sub&gt;i&lt;/sub&gt;&lt;/sup&gt;). β descend pas à pas de 10 à 1,2. Lancez ensuite l’expérience de température.</translation>
    </message>
    <message>
        <source>Recall gets noisy, then melts below β = 2 (each change of β is marked on the curve); the measured ⟨m⟩ follows m = tanh(βm/2).</source>
        <translation>Le rappel devient bruité, puis fond sous β = 2 (chaque changement de β est marqué sur la courbe) ; le ⟨m⟩ mesuré suit m = tanh(βm/2).</translation>
    </message>
    <message>
        <source>4. Capacity</source>
        <translation>4. La capacité</translation>
    </message>
    <message>
        <source>How many patterns can N neurons hold? 80 random patterns on 400 neurons (α = 0.2). Then run the capacity experiment.</source>
        <translation>Combien de motifs N neurones peuvent-ils retenir ? 80 motifs aléatoires sur 400 neurones (α = 0,2). Lancez ensuite l’expérience de capacité.</translation>
    </message>
    <message>
        <source>Recall fails; the measured m(α) collapses near α&lt;sub&gt;c&lt;/sub&gt; = 0.138, on the theory curve (Amit, Gutfreund &amp; Sompolinsky).</source>
        <translation>Le rappel échoue ; le m(α) mesuré s’effondre près de α&lt;sub&gt;c&lt;/sub&gt; = 0,138, sur la courbe théorique (Amit, Gutfreund &amp; Sompolinsky).</translation>
    </message>
    <message>
        <source>5. Spurious states</source>
        <translation>5. Les états parasites</translation>
    </message>
    <message>
        <source>Not every attractor is a stored pattern. Start near sign(P¹ + P² + P³).</source>
        <translation>Tout attracteur n’est pas un motif stocké. On part près de sign(P¹ + P² + P³).</translation>
    </message>
    <message>
        <source>The network stays in the mixture: m ≈ ½ ½ ½ and E/N ≈ −3/8, higher than a stored pattern&apos;s −1/2.</source>
        <translation>Le réseau reste dans le mélange : m ≈ ½ ½ ½ et E/N ≈ −3/8, plus haut que le −1/2 d’un motif stocké.</translation>
    </message>
    <message>
        <source>6. Synchronous or asynchronous updates</source>
        <translation>6. Mises à jour synchrones ou asynchrones</translation>
    </message>
    <message>
        <source>All neurons at once (synchronous) rather than one at a time. Then switch the updates to asynchronous and reset (R).</source>
        <translation>Tous les neurones à la fois (synchrone) plutôt qu’un par un. Passez ensuite en mode asynchrone et revenez à l’indice (R).</translation>
    </message>
    <message>
        <source>Synchronous updates end in a 2-cycle: the state flips back and forth. Asynchronous updates reach a fixed point: the energy never increases.</source>
        <translation>Les mises à jour synchrones finissent dans un cycle d’ordre 2 : l’état bascule sans fin. Les mises à jour asynchrones atteignent un point fixe : l’énergie ne croît jamais.</translation>
    </message>
    <message>
        <source>7. Synaptic plasticity rules</source>
        <translation>7. Les règles de plasticité synaptique</translation>
    </message>
    <message>
        <source>Where do the synaptic weights come from? The slide&apos;s three experiments — the stimulation frequency (Dudek &amp; Bear), the precise timing (Bi &amp; Poo), both combined (Sjöström) — in the Plasticity lab, each rule against the published points. Play one protocol, then switch to Sjöström&apos;s real protocol.</source>
        <translation>D’où viennent les poids synaptiques ? Les trois expériences de la diapositive — la fréquence de stimulation (Dudek &amp; Bear), le moment précis des potentiels d’action (Bi &amp; Poo), les deux à la fois (Sjöström) — dans le laboratoire de plasticité, chaque règle face aux points publiés. Jouez un protocole, puis passez au vrai protocole de Sjöström.</translation>
    </message>
    <message>
        <source>8. Structural plasticity</source>
        <translation>8. Plasticité structurelle</translation>
    </message>
    <message>
        <source>« La plasticité structurelle, c&apos;est-à-dire la création ou la suppression d&apos;une connexion physique entre deux neurones »: the letters stored on a network that has lost half of its synapses at random (white in W). While it runs, X removes a quarter more, Simulation ▸ Prune the weakest quarter removes the weakest, G regrows them.</source>
        <translation>« La plasticité structurelle, c&apos;est-à-dire la création ou la suppression d&apos;une connexion physique entre deux neurones » : les lettres mémorisées sur un réseau qui a perdu la moitié de ses synapses au hasard (en blanc dans W). Pendant qu&apos;il tourne, X en supprime un quart de plus, Simulation ▸ Élaguer le quart le plus faible supprime les plus faibles, G les fait repousser.</translation>
    </message>
    <message>
        <source>The letters are still recalled: each neuron keeps enough synapses to read the majority. Per connection the capacity even grows when connections are sparse (up to 2/π at extreme dilution); synapses clipped to their sign lose some (0.138 → ≈ 0.10).</source>
        <translation>Les lettres sont toujours rappelées : chaque neurone garde assez de synapses pour lire la majorité. Par connexion, la capacité augmente même quand les connexions sont rares (jusqu&apos;à 2/π en dilution extrême) ; les synapses réduites à leur signe en perdent (0,138 → ≈ 0,10).</translation>
    </message>
    <message>
        <source>run or pause</source>
        <translation>lancer ou mettre en pause</translation>
    </message>
    <message>
        <source>one sweep</source>
        <translation>un balayage</translation>
    </message>
    <message>
        <source>reset to the cue</source>
        <translation>revenir à l’indice</translation>
    </message>
    <message>
        <source>presentation mode</source>
        <translation>mode présentation</translation>
    </message>
    <message>
        <source>undo / redo</source>
        <translation>annuler / rétablir</translation>
    </message>
    <message>
        <source>save the session</source>
        <translation>enregistrer la séance</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>le modèle</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source>(computing the numbers…)</source>
        <extracomment>(kind, set) of every set the text quotes</extracomment>
        <translation>(calcul des valeurs…)</translation>
    </message>
    <message>
        <source>Frequency: the calcium rule&apos;s dudek-bear set shows Dudek &amp; Bear&apos;s sign (Δw/w₀ = {d1} at 1 Hz, {d50} at 50 Hz, crossing at {cross} Hz); BCM crosses at {light} Hz after light rearing and at {dark} Hz after dark rearing — the sliding threshold.</source>
        <translation>Fréquence : le jeu dudek-bear de la règle calcique montre le signe trouvé par Dudek &amp; Bear (Δw/w₀ = {d1} à 1 Hz, {d50} à 50 Hz, changement de signe à {cross} Hz) ; BCM change de signe à {light} Hz après élevage à la lumière et à {dark} Hz après élevage dans le noir — le seuil glissant.</translation>
    </message>
    <message>
        <source>Timing: the pair rule fitted to Bi &amp; Poo&apos;s cells follows them (R = {r}); the triplet rule&apos;s visual-cortex sets have no LTP in this window (R = {rt}).</source>
        <translation>Moment précis : la règle des paires ajustée sur les cellules de Bi &amp; Poo les suit (R = {r}) ; les jeux « cortex visuel » de la règle des triplets n’ont pas de LTP dans cette fenêtre (R = {rt}).</translation>
    </message>
    <message>
        <source>Both: a pair rule cannot follow the frequency dependence (E = {ep}); the triplet rule fits Sjöström&apos;s points played as 60 pairs in a row (E = {et}) but not the real protocol (E = {etb}), where its nearest-spike set does (E = {enb}); the calcium rule&apos;s cortical set, fitted by its authors with 75 pairs in a row, gives E = {ec}.</source>
        <translation>Les deux : une règle des paires ne peut pas suivre l’effet de la fréquence (E = {ep}) ; la règle des triplets ajuste les points de Sjöström joués en 60 paires d’affilée (E = {et}) mais pas le vrai protocole (E = {etb}), où son jeu « plus proche » y parvient (E = {enb}) ; le jeu cortical de la règle calcique, ajusté par ses auteurs avec 75 paires d’affilée, donne E = {ec}.</translation>
    </message>
    <message>
        <source>No set fits the three panels: each was fitted to one experiment, one preparation.</source>
        <translation>Aucun jeu n’ajuste les trois panneaux : chacun a été ajusté sur une expérience, une préparation.</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Patterns (checked = stored, K of them)</source>
        <translation>Motifs (cochés = stockés, K en tout)</translation>
    </message>
    <message>
        <source>Stored patterns have a coloured frame, the colour of their overlap curve. Tick or untick a pattern to store it or not; double-click a name to rename it.</source>
        <translation>Les motifs stockés ont un cadre coloré, de la couleur de leur courbe de recouvrement. Cochez ou décochez un motif pour le stocker ou non ; double-cliquez sur un nom pour le renommer.</translation>
    </message>
    <message>
        <source>+ Blank</source>
        <translation>+ Vide</translation>
    </message>
    <message>
        <source>Add an empty pattern (all −1)</source>
        <translation>Ajouter un motif vide (tout à −1)</translation>
    </message>
    <message>
        <source>+ Random</source>
        <translation>+ Aléatoire</translation>
    </message>
    <message>
        <source>Add a random ±1 pattern</source>
        <translation>Ajouter un motif ±1 aléatoire</translation>
    </message>
    <message>
        <source>+ Text…</source>
        <translation>+ Texte…</translation>
    </message>
    <message>
        <source>Add letters rendered from a real font at the grid&apos;s size</source>
        <translation>Ajouter des lettres dessinées dans une vraie police, à la taille de la grille</translation>
    </message>
    <message>
        <source>+ Image…</source>
        <translation>+ Image…</translation>
    </message>
    <message>
        <source>Add a PNG/JPEG picture scaled to the grid and thresholded</source>
        <translation>Ajouter une image PNG/JPEG mise à l’échelle de la grille puis seuillée</translation>
    </message>
    <message>
        <source>+ From editor</source>
        <translation>+ Depuis l’éditeur</translation>
    </message>
    <message>
        <source>Add a copy of the editor&apos;s drawing</source>
        <translation>Ajouter une copie du dessin de l’éditeur</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Copy the selected pattern</source>
        <translation>Copier le motif sélectionné</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected pattern (Undo brings it back)</source>
        <translation>Retirer le motif sélectionné (Annuler le fait revenir)</translation>
    </message>
    <message>
        <source>Move the selected pattern earlier</source>
        <translation>Avancer le motif sélectionné</translation>
    </message>
    <message>
        <source>Move the selected pattern later</source>
        <translation>Reculer le motif sélectionné</translation>
    </message>
    <message>
        <source>{name}: stored</source>
        <translation>{name} : stocké</translation>
    </message>
    <message>
        <source>{name}: not stored</source>
        <translation>{name} : non stocké</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>preset</source>
        <translation>scénario</translation>
    </message>
    <message>
        <source>Hopfield Explorer — associative memory</source>
        <translation>Hopfield Explorer — mémoire associative</translation>
    </message>
    <message>
        <source>Dynamics</source>
        <translation>Dynamique</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Expériences</translation>
    </message>
    <message>
        <source>The model</source>
        <translation>Le modèle</translation>
    </message>
    <message>
        <source>About Hopfield Explorer</source>
        <translation>À propos de Hopfield Explorer</translation>
    </message>
    <message>
        <source>2-cycle (synchronous updates)</source>
        <translation>cycle d’ordre 2 (mises à jour synchrones)</translation>
    </message>
    <message>
        <source>fixed point reached</source>
        <translation>point fixe atteint</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>Ended in: {state}, E/N = {energy}</source>
        <translation>État final : {state}, E/N = {energy}</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>{a} and {b} overlap by {c}: correlated patterns mix. Try the pseudo-inverse rule.</source>
        <translation>{a} et {b} se recouvrent de {c} : les motifs corrélés se mélangent. Essayez la règle pseudo-inverse.</translation>
    </message>
    <message>
        <source>β = {beta} ≤ 2: above the melting point, m = tanh(βm/2) has only m = 0 — raise β to recall.</source>
        <translation>β = {beta} ≤ 2 : au-dessus de la fusion, m = tanh(βm/2) n’a que la solution m = 0 — augmentez β pour rappeler.</translation>
    </message>
    <message>
        <source>At β = {beta} the neurons keep flipping around this attractor; raise β to let it settle.</source>
        <translation>À β = {beta} les neurones continuent de basculer autour de cet attracteur ; augmentez β pour qu’il s’y fixe.</translation>
    </message>
    <message>
        <source>Now {state}, E/N = {energy}</source>
        <translation>Maintenant {state}, E/N = {energy}</translation>
    </message>
    <message>
        <source>Now in: {state}, E/N = {energy}</source>
        <translation>État actuel : {state}, E/N = {energy}</translation>
    </message>
    <message>
        <source>synapses {percent} %</source>
        <translation>synapses {percent} %</translation>
    </message>
    <message>
        <source>(binary)</source>
        <translation>(binaires)</translation>
    </message>
    <message>
        <source>α &gt; 0.138: beyond the capacity K_max = 0.138 N of the Hebb rule</source>
        <translation>α &gt; 0.138 : au-delà de la capacité K_max = 0.138 N de la règle de Hebb</translation>
    </message>
    <message>
        <source>Autosave is off in this window.</source>
        <translation>L&apos;enregistrement automatique est désactivé dans cette fenêtre.</translation>
    </message>
    <message>
        <source>No autosaved work to recover: every other window ended normally or is still open.</source>
        <translation>Aucun travail enregistré automatiquement à récupérer : toutes les autres fenêtres se sont fermées normalement ou sont encore ouvertes.</translation>
    </message>
    <message>
        <source>Hopfield Explorer</source>
        <translation>Hopfield Explorer</translation>
    </message>
</context>
<context>
    <name>MenuActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open patterns…</source>
        <translation>&amp;Ouvrir des motifs…</translation>
    </message>
    <message>
        <source>Save &amp;patterns…</source>
        <translation>Enregistrer les &amp;motifs…</translation>
    </message>
    <message>
        <source>Open &amp;session…</source>
        <translation>Ouvrir une &amp;séance…</translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation>&amp;Enregistrer la séance…</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Séances récentes</translation>
    </message>
    <message>
        <source>Export &amp;figure for slides…</source>
        <translation>Exporter une &amp;figure pour diapositives…</translation>
    </message>
    <message>
        <source>The overlap curves at a fixed size with a title, a legend and the parameters</source>
        <translation>Les courbes de recouvrement à une taille fixe, avec un titre, une légende et les paramètres</translation>
    </message>
    <message>
        <source>Export network state as PNG…</source>
        <translation>Exporter l’état du réseau en PNG…</translation>
    </message>
    <message>
        <source>Export curves as PNG…</source>
        <translation>Exporter les courbes en PNG…</translation>
    </message>
    <message>
        <source>Export curves as CSV…</source>
        <translation>Exporter les courbes en CSV…</translation>
    </message>
    <message>
        <source>Recover autosaved work…</source>
        <translation>Récupérer le travail enregistré automatiquement…</translation>
    </message>
    <message>
        <source>The work of windows that did not end normally</source>
        <translation>Le travail des fenêtres qui ne se sont pas fermées normalement</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>Run / Pause</source>
        <translation>Lancer / Pause</translation>
    </message>
    <message>
        <source>Step one sweep</source>
        <translation>Un balayage</translation>
    </message>
    <message>
        <source>Reset to cue</source>
        <translation>Revenir à l’indice</translation>
    </message>
    <message>
        <source>Hide the answer (quiz)</source>
        <translation>Cacher la réponse (devinette)</translation>
    </message>
    <message>
        <source>The curves, the numbers, the errors and what the network ends in stay hidden until you reveal them (V): the class guesses first</source>
        <translation>Les courbes, les nombres, les erreurs et l’état final restent cachés jusqu’à ce que vous les révéliez (V) : la classe devine d’abord</translation>
    </message>
    <message>
        <source>Reveal the answer</source>
        <translation>Montrer la réponse</translation>
    </message>
    <message>
        <source>Remove a quarter of the synapses</source>
        <translation>Supprimer un quart des synapses</translation>
    </message>
    <message>
        <source>At random, while the network runs: does the memory survive?</source>
        <translation>Au hasard, pendant que le réseau tourne : la mémoire survit-elle ?</translation>
    </message>
    <message>
        <source>Prune the weakest quarter</source>
        <translation>Élaguer le quart le plus faible</translation>
    </message>
    <message>
        <source>Remove the synapses with the smallest |w_ij| first</source>
        <translation>Supprimer d&apos;abord les synapses de plus petit |w_ij|</translation>
    </message>
    <message>
        <source>Regrow synapses</source>
        <translation>Faire repousser des synapses</translation>
    </message>
    <message>
        <source>Give back the synapses the last removal took, with their Hebbian values</source>
        <translation>Rendre les synapses que la dernière suppression a prises, avec leurs valeurs hebbiennes</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>Sc&amp;énarios</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>The network explorer: patterns, recall, capacity, temperature</source>
        <translation>L’explorateur du réseau : motifs, rappel, capacité, température</translation>
    </message>
    <message>
        <source>Plasticity</source>
        <translation>Plasticité</translation>
    </message>
    <message>
        <source>The Plasticity lab: the rules behind learning against the published data</source>
        <translation>Le laboratoire de plasticité synaptique : les règles de l’apprentissage face aux données publiées</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Plasticity presets</source>
        <translation>Scénarios de plasticité</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Presentation mode (projector)</source>
        <translation>Mode présentation (vidéoprojecteur)</translation>
    </message>
    <message>
        <source>Larger text and thicker lines for a lecture hall</source>
        <translation>Texte plus grand et traits plus épais pour un amphithéâtre</translation>
    </message>
    <message>
        <source>Focus on the plot (double-click a plot)</source>
        <translation>Agrandir le graphique (double-clic sur un graphique)</translation>
    </message>
    <message>
        <source>The plot last clicked fills the window, its texts large; Esc or F6 brings the layout back</source>
        <translation>Le dernier graphique cliqué remplit la fenêtre, ses textes en grand ; Échap ou F6 rétablit la disposition</translation>
    </message>
    <message>
        <source>Leave the focus view</source>
        <translation>Quitter l’agrandissement</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Reset settings</source>
        <translation>Réinitialiser les réglages</translation>
    </message>
    <message>
        <source>Forget the window layout, parameters, language, recent files and folder</source>
        <translation>Oublier la disposition de la fenêtre, les paramètres, la langue, les fichiers récents et le dossier</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Lesson guide</source>
        <translation>&amp;Guide de la leçon</translation>
    </message>
    <message>
        <source>The seven moments of the lecture, each one click away</source>
        <translation>Les sept moments du cours, chacun à un clic</translation>
    </message>
    <message>
        <source>The model</source>
        <translation>Le modèle</translation>
    </message>
    <message>
        <source>About Hopfield Explorer</source>
        <translation>À propos de Hopfield Explorer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>ParamTable</name>
    <message>
        <source>parameter|value</source>
        <extracomment>what the slider centres on when the published value is 0 (A₂⁺ of the visual minimal set)</extracomment>
        <translation>paramètre|valeur</translation>
    </message>
    <message>
        <source>Drag to change the selected parameter from a tenth to ten times its published value; the curves follow</source>
        <translation>Glisser pour faire varier le paramètre choisi d’un dixième à dix fois sa valeur publiée ; les courbes suivent</translation>
    </message>
    <message>
        <source>Published values</source>
        <translation>Valeurs publiées</translation>
    </message>
    <message>
        <source>Undo every change: back to the set&apos;s published parameters</source>
        <translation>Annuler tous les changements : retour aux paramètres publiés du jeu</translation>
    </message>
</context>
<context>
    <name>PlasticityWorkspace</name>
    <message>
        <source>The plasticity rule, from the least to the most detailed</source>
        <translation>La règle de plasticité, de la moins à la plus détaillée</translation>
    </message>
    <message>
        <source>Published parameter set (Song &amp; Abbott 2000, Bi &amp; Poo 2001, Pfister &amp; Gerstner 2006, Graupner &amp; Brunel 2012)</source>
        <translation>Jeu de paramètres publié (Song &amp; Abbott 2000, Bi &amp; Poo 2001, Pfister &amp; Gerstner 2006, Graupner &amp; Brunel 2012)</translation>
    </message>
    <message>
        <source>60 pairs in a row</source>
        <translation>60 paires à la suite</translation>
    </message>
    <message>
        <source>As Pfister &amp; Gerstner fitted the Sjöström points</source>
        <translation>Comme Pfister &amp; Gerstner ont ajusté les points de Sjöström</translation>
    </message>
    <message>
        <source>5 pairs × 15, every 10 s</source>
        <translation>5 paires × 15, toutes les 10 s</translation>
    </message>
    <message>
        <source>The protocol Sjöström et al. really used</source>
        <translation>Le protocole réellement utilisé par Sjöström et al.</translation>
    </message>
    <message>
        <source>Compare: keep this rule</source>
        <translation>Comparer : garder cette règle</translation>
    </message>
    <message>
        <source>Keep the current rule&apos;s curves on the plots, then choose another rule to compare</source>
        <translation>Garder les courbes de la règle actuelle sur les graphiques, puis choisir une autre règle pour comparer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Forget the rules kept for comparison</source>
        <translation>Oublier les règles gardées pour la comparaison</translation>
    </message>
    <message>
        <source>Learn the stored patterns…</source>
        <translation>Apprendre les motifs stockés…</translation>
    </message>
    <message>
        <source>From synapse to network: present the explorer&apos;s stored patterns to a rate rule and compare with the Hebb matrix</source>
        <translation>De la synapse au réseau : présenter les motifs stockés de l’explorateur à une règle sur les fréquences et comparer avec la matrice de Hebb</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Save one of the slide&apos;s panels as a figure for slides: title, legend, data sources</source>
        <translation>Enregistrer un des panneaux de la diapositive en figure pour diapositives : titre, légende, sources des données</translation>
    </message>
    <message>
        <source>fitted to: {data}</source>
        <translation>ajusté sur : {data}</translation>
    </message>
    <message>
        <source>Export a panel for slides</source>
        <translation>Exporter un panneau pour diapositives</translation>
    </message>
    <message>
        <source>Panel:</source>
        <translation>Panneau :</translation>
    </message>
    <message>
        <source>Size in pixels:</source>
        <translation>Taille en pixels :</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save every curve shown as a CSV table</source>
        <translation>Enregistrer toutes les courbes affichées en tableau CSV</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>règle</translation>
    </message>
    <message>
        <source>set</source>
        <translation>jeu</translation>
    </message>
    <message>
        <source>Sjöström protocol</source>
        <translation>Protocole de Sjöström</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Δt pre–post</source>
        <translation>Δt pré–post</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>The slide&apos;s three experiments</source>
        <translation>Les trois expériences de la diapositive</translation>
    </message>
    <message>
        <source>E: the error on Sjöström&apos;s ten points ({protocol}); below 1 the rule fits</source>
        <translation>E : l’erreur sur les dix points de Sjöström ({protocol}) ; sous 1, la règle s’ajuste aux données</translation>
    </message>
    <message>
        <source>the curves are still being computed</source>
        <translation>les courbes sont encore en cours de calcul</translation>
    </message>
    <message>
        <source>Export the lab&apos;s curves</source>
        <translation>Exporter les courbes du laboratoire</translation>
    </message>
</context>
<context>
    <name>PlotMenu</name>
    <message>
        <source>Show everything</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Complete the letter</source>
        <translation>Compléter la lettre</translation>
    </message>
    <message>
        <source>« Pouvez-vous lire ce texte ? » — letters with erased pixels are completed.</source>
        <translation>« Pouvez-vous lire ce texte ? » — des lettres aux pixels effacés sont complétées.</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>Superposition of traces</source>
        <translation>Superposition des traces</translation>
    </message>
    <message>
        <source>Stimuli leave traces; connectivity is their superposition (Weights tab).</source>
        <translation>Les stimuli laissent des traces ; la connectivité est leur superposition (onglet Poids).</translation>
    </message>
    <message>
        <source>Traces</source>
        <translation>Traces</translation>
    </message>
    <message>
        <source>Melting (β ↓ 2)</source>
        <translation>Fusion (β ↓ 2)</translation>
    </message>
    <message>
        <source>One pattern, β lowered from 10 down through β_c = 2: recall gets noisy, then melts.</source>
        <translation>Un motif, β abaissé de 10 jusque sous β_c = 2 : le rappel devient bruité, puis fond.</translation>
    </message>
    <message>
        <source>Melting</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Overload (α &gt; 0.138)</source>
        <translation>Surcharge (α &gt; 0.138)</translation>
    </message>
    <message>
        <source>K past 0.138 N: recall collapses (N = 400, K = 80, α = 0.2).</source>
        <translation>K au-delà de 0.138 N : le rappel s’effondre (N = 400, K = 80, α = 0.2).</translation>
    </message>
    <message>
        <source>Overload</source>
        <translation>Surcharge</translation>
    </message>
    <message>
        <source>Spurious mixture</source>
        <translation>Mélange parasite</translation>
    </message>
    <message>
        <source>A mixture of three patterns is an attractor at low temperature (overlaps ½ ½ ½).</source>
        <translation>Un mélange de trois motifs est un attracteur à basse température (recouvrements ½ ½ ½).</translation>
    </message>
    <message>
        <source>Mixture</source>
        <translation>Mélange</translation>
    </message>
    <message>
        <source>Synchronous 2-cycle</source>
        <translation>Cycle synchrone d’ordre 2</translation>
    </message>
    <message>
        <source>Synchronous updates from a cue with exactly half of its neurons flipped: a 2-cycle.</source>
        <translation>Mises à jour synchrones depuis un indice dont exactement la moitié des neurones est retournée : un cycle d’ordre 2.</translation>
    </message>
    <message>
        <source>2-cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Lose half the synapses, keep the memory</source>
        <translation>Perdre la moitié des synapses, garder la mémoire</translation>
    </message>
    <message>
        <source>Half of the synapses removed at random: the letters are still recalled. X removes a quarter more while it runs, G regrows them.</source>
        <translation>La moitié des synapses supprimées au hasard : les lettres sont toujours rappelées. X en supprime un quart de plus pendant que le réseau tourne, G les fait repousser.</translation>
    </message>
    <message>
        <source>Synapses</source>
        <translation>Synapses</translation>
    </message>
</context>
<context>
    <name>ProtocolPanel</name>
    <message>
        <source>Stimulation frequency — Dudek &amp; Bear (1992)</source>
        <translation>Fréquence de stimulation — Dudek &amp; Bear (1992)</translation>
    </message>
    <message>
        <source>900 pulses at 1–100 Hz, hippocampus CA1 (PNAS 89:4363). Bands: the sign they found; no digitised points exist.</source>
        <translation>900 impulsions à 1–100 Hz, hippocampe CA1 (PNAS 89:4363). Bandes : le signe qu’ils ont trouvé ; aucun point numérisé n’existe.</translation>
    </message>
    <message>
        <source>Precise spike timing — Bi &amp; Poo (1998)</source>
        <translation>Temps précis des potentiels d’action — Bi &amp; Poo (1998)</translation>
    </message>
    <message>
        <source>60 pairs at 1 Hz, hippocampal cultures; points: 45 cells of their Fig. 7 (J Neurosci 18:10464).</source>
        <translation>60 paires à 1 Hz, cultures d’hippocampe ; points : 45 cellules de leur Fig. 7 (J Neurosci 18:10464).</translation>
    </message>
    <message>
        <source>Both combined — Sjöström et al. (2001)</source>
        <translation>La combinaison des deux — Sjöström et al. (2001)</translation>
    </message>
    <message>
        <source>Δt = +10 ms: solid, squares; −10 ms: dashed, triangles (± SEM); dotted: the other protocol. Visual cortex L5 (Neuron 32:1149).</source>
        <translation>Δt = +10 ms : trait plein, carrés ; −10 ms : tirets, triangles (± SEM) ; pointillés : l’autre protocole. Cortex visuel L5 (Neuron 32:1149).</translation>
    </message>
    <message>
        <source>Above: {what}.</source>
        <translation>Ci-dessus : {what}.</translation>
    </message>
    <message>
        <source>BCM is a rate rule: it has no spike timing. Choose a spike or calcium rule to see this panel.</source>
        <translation>BCM est une règle sur les fréquences : elle ignore le temps précis des potentiels d’action. Choisissez une règle STDP ou calcique pour ce panneau.</translation>
    </message>
    <message>
        <source>Model: 900 presynaptic pulses at each frequency; for spike rules the post neuron fires as a Poisson process at the same rate.</source>
        <translation>Modèle : 900 impulsions présynaptiques à chaque fréquence ; pour les règles à potentiels d’action, le neurone post décharge en processus de Poisson à la même fréquence.</translation>
    </message>
    <message>
        <source>Model: 60 pairs at 1 Hz for each Δt = t_post − t_pre.</source>
        <translation>Modèle : 60 paires à 1 Hz pour chaque Δt = t_post − t_pré.</translation>
    </message>
    <message>
        <source>Model: 5 pairs at the frequency, 15 times every 10 s (the real protocol).</source>
        <translation>Modèle : 5 paires à la fréquence, 15 fois toutes les 10 s (le vrai protocole).</translation>
    </message>
    <message>
        <source>Model: 60 pairs in a row at each frequency (as Pfister &amp; Gerstner fitted).</source>
        <translation>Modèle : 60 paires d’affilée à chaque fréquence (l’ajustement de Pfister &amp; Gerstner).</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>{when}: cannot be read</source>
        <translation>{when} : illisible</translation>
    </message>
    <message>
        <source>{when}: {k} patterns ({stored} stored), {rows}×{cols} grid</source>
        <translation>{when} : {k} motifs ({stored} mémorisés), grille {rows}×{cols}</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover autosaved work</source>
        <translation>Récupérer le travail enregistré automatiquement</translation>
    </message>
    <message>
        <source>Hopfield Explorer did not end normally. The work saved automatically before it stopped can be restored:</source>
        <translation>Hopfield Explorer ne s&apos;est pas fermé normalement. Le travail enregistré automatiquement avant l&apos;arrêt peut être restauré :</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>SimWorker</name>
    <message>
        <source>internal error in the simulation:</source>
        <extracomment>At most this many single-neuron updates a second, the frames show the last neuron&apos;s decision (slow motion: the class can follow one neuron at a time).</extracomment>
        <translation>erreur interne de la simulation :</translation>
    </message>
</context>
<context>
    <name>StateLabel</name>
    <message>
        <source>pattern {name} (m = {m})</source>
        <translation>le motif {name} (m = {m})</translation>
    </message>
    <message>
        <source>near pattern {name} (m = {m})</source>
        <translation>près du motif {name} (m = {m})</translation>
    </message>
    <message>
        <source>reversed pattern −{name} (m = {m})</source>
        <translation>le motif inversé −{name} (m = {m})</translation>
    </message>
    <message>
        <source>near the reversed pattern −{name} (m = {m})</source>
        <translation>près du motif inversé −{name} (m = {m})</translation>
    </message>
    <message>
        <source>mixture of {patterns} (m = {overlaps})</source>
        <translation>un mélange de {patterns} (m = {overlaps})</translation>
    </message>
    <message>
        <source>near a mixture of {patterns} (m = {overlaps})</source>
        <translation>près d’un mélange de {patterns} (m = {overlaps})</translation>
    </message>
    <message>
        <source>none of the stored patterns (max |m| = {m})</source>
        <translation>aucun des motifs stockés (|m| max = {m})</translation>
    </message>
    <message>
        <source>none of the stored patterns</source>
        <translation>aucun des motifs stockés</translation>
    </message>
</context>
<context>
    <name>StatePanel</name>
    <message>
        <source>Network state S(t)</source>
        <translation>État du réseau S(t)</translation>
    </message>
    <message>
        <source>Each square is a neuron: dark = +1, light = −1. With the overlay on, neurons that differ from the chosen pattern are orange.</source>
        <translation>Chaque carré est un neurone : foncé = +1, clair = −1. Avec la superposition activée, les neurones qui diffèrent du motif choisi sont en orange.</translation>
    </message>
    <message>
        <source>The state the run started from (the cue): compare it with the state now</source>
        <translation>L’état de départ de la simulation (l’indice) : comparez-le avec l’état actuel</translation>
    </message>
    <message>
        <source>cue →</source>
        <translation>indice →</translation>
    </message>
    <message>
        <source>In slow motion: the neuron just updated (outlined), its field h&lt;sub&gt;i&lt;/sub&gt; and P[S&lt;sub&gt;i&lt;/sub&gt; = +1] = 1/(1 + e&lt;sup&gt;−β h&lt;sub&gt;i&lt;/sub&gt;&lt;/sup&gt;), the lecture&apos;s rule</source>
        <translation>Au ralenti : le neurone qui vient d’être mis à jour (encadré), son champ h&lt;sub&gt;i&lt;/sub&gt; et P[S&lt;sub&gt;i&lt;/sub&gt; = +1] = 1/(1 + e&lt;sup&gt;−β h&lt;sub&gt;i&lt;/sub&gt;&lt;/sup&gt;), la règle de la leçon</translation>
    </message>
    <message>
        <source>What the network is in: a stored pattern, a reversed pattern −μ, a mixture of patterns (a spurious state), or none of them</source>
        <translation>Où se trouve le réseau : un motif stocké, un motif inversé −μ, un mélange de motifs (un état parasite), ou aucun d’eux</translation>
    </message>
    <message>
        <source>Show errors vs</source>
        <translation>Erreurs par rapport à</translation>
    </message>
    <message>
        <source>Mark in orange the neurons that differ from this pattern</source>
        <translation>Marquer en orange les neurones qui diffèrent de ce motif</translation>
    </message>
    <message>
        <source>The pattern the overlay compares with</source>
        <translation>Le motif auquel la superposition compare l’état</translation>
    </message>
    <message>
        <source>The stored pattern the cue is made from</source>
        <translation>Le motif stocké dont l’indice est tiré</translation>
    </message>
    <message>
        <source>Fraction of the cue&apos;s neurons flipped (exactly round(f·N) distinct neurons)</source>
        <translation>Fraction des neurones de l’indice retournés (exactement round(f·N) neurones distincts)</translation>
    </message>
    <message>
        <source>Fraction of the cue&apos;s neurons erased (set to −1, like the lecture&apos;s missing letters)</source>
        <translation>Fraction des neurones de l’indice effacés (mis à −1, comme les lettres manquantes du cours)</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>pixels</translation>
    </message>
    <message>
        <source>right part</source>
        <translation>à droite</translation>
    </message>
    <message>
        <source>bottom part</source>
        <translation>en bas</translation>
    </message>
    <message>
        <source>band</source>
        <translation>bande</translation>
    </message>
    <message>
        <source>rectangle</source>
        <translation>rectangle</translation>
    </message>
    <message>
        <source>What is erased: random pixels, or a region of the letter (« C*ci est j*ste un p*tit exa*ple »); drag on the network state to choose a rectangle</source>
        <translation>Ce qui est effacé : des pixels au hasard, ou une région de la lettre (« C*ci est j*ste un p*tit exa*ple ») ; faites glisser la souris sur l’état du réseau pour choisir un rectangle</translation>
    </message>
    <message>
        <source>Reset to cue (R)</source>
        <translation>Revenir à l’indice (R)</translation>
    </message>
    <message>
        <source>Start again from the chosen pattern with the noise and erasure above</source>
        <translation>Repartir du motif choisi avec le bruit et l’effacement ci-dessus</translation>
    </message>
    <message>
        <source>Random state</source>
        <translation>État aléatoire</translation>
    </message>
    <message>
        <source>Start from a random ±1 state</source>
        <translation>Partir d’un état ±1 aléatoire</translation>
    </message>
    <message>
        <source>Cue: pattern</source>
        <translation>Indice : motif</translation>
    </message>
    <message>
        <source>flip</source>
        <translation>retourner</translation>
    </message>
    <message>
        <source>erase</source>
        <translation>effacer</translation>
    </message>
    <message>
        <source>t = {time} sweeps</source>
        <translation>t = {time} balayages</translation>
    </message>
    <message>
        <source>{wrong} of {n} neurons differ from {name}</source>
        <translation>{wrong} neurones sur {n} diffèrent de {name}</translation>
    </message>
    <message>
        <source>neuron ({row}, {col}): h = {h}, P(+1) = {p} → {s}</source>
        <translation>neurone ({row}, {col}) : h = {h}, P(+1) = {p} → {s}</translation>
    </message>
</context>
<context>
    <name>TracePlayer</name>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Δt pré–post</translation>
    </message>
    <message>
        <source>Timing and frequency</source>
        <translation>Temps et fréquence</translation>
    </message>
    <message>
        <source>Which protocol to play</source>
        <translation>Le protocole à jouer</translation>
    </message>
    <message>
        <source>Δt = t_post − t_pre of the played pairs</source>
        <translation>Δt = t_post − t_pré des paires jouées</translation>
    </message>
    <message>
        <source>Frequency of the played pairs or pulses</source>
        <translation>Fréquence des paires ou impulsions jouées</translation>
    </message>
    <message>
        <source>Pace of the animation, times real time (× 0.01: a second of the protocol takes 100 s)</source>
        <translation>Allure de l’animation, en multiple du temps réel (× 0,01 : une seconde de protocole dure 100 s)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Back to the protocol&apos;s first spike</source>
        <translation>Retour au premier potentiel d’action du protocole</translation>
    </message>
    <message>
        <source>Play or pause the protocol (Space)</source>
        <translation>Jouer ou mettre en pause le protocole (Espace)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Jouer</translation>
    </message>
    <message>
        <source>time (ms)</source>
        <translation>temps (ms)</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>temps (s)</translation>
    </message>
    <message>
        <source>traces</source>
        <translation>traces</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <source>W: sum of all traces</source>
        <translation>W : somme des traces</translation>
    </message>
    <message>
        <source>one trace P P&lt;sup&gt;T&lt;/sup&gt;/N</source>
        <translation>une trace P P&lt;sup&gt;T&lt;/sup&gt;/N</translation>
    </message>
    <message>
        <source>overlaps C&lt;sub&gt;μν&lt;/sub&gt;</source>
        <translation>recouvrements C&lt;sub&gt;μν&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>stabilities P&lt;sub&gt;i&lt;/sub&gt; h&lt;sub&gt;i&lt;/sub&gt;</source>
        <translation>stabilités P&lt;sub&gt;i&lt;/sub&gt; h&lt;sub&gt;i&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>count</source>
        <translation>effectif</translation>
    </message>
    <message>
        <source>The pattern whose trace is shown</source>
        <translation>Le motif dont la trace est montrée</translation>
    </message>
    <message>
        <source>W = (1/N) Σ_μ P^μ P^μᵀ, with w_ii = 0: each stored pattern adds its own trace P^μ P^μᵀ/N</source>
        <translation>W = (1/N) Σ_μ P^μ P^μᵀ, avec w_ii = 0 : chaque motif stocké ajoute sa propre trace P^μ P^μᵀ/N</translation>
    </message>
    <message>
        <source>W = (1/N) Σ_μ P^μ P^μᵀ (diagonal removed): the superposition of the traces</source>
        <translation>W = (1/N) Σ_μ P^μ P^μᵀ (diagonale retirée) : la superposition des traces</translation>
    </message>
    <message>
        <source>The trace left by the chosen pattern alone: P^μ P^μᵀ / N</source>
        <translation>La trace laissée par le motif choisi seul : P^μ P^μᵀ / N</translation>
    </message>
    <message>
        <source>C_μν = (1/N) Σ_i P_i^μ P_i^ν: similar patterns (large C) interfere</source>
        <translation>C_μν = (1/N) Σ_i P_i^μ P_i^ν : des motifs semblables (C grand) interfèrent</translation>
    </message>
    <message>
        <source>trace of pattern</source>
        <translation>trace du motif</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Save the four weight views as one PNG picture</source>
        <translation>Enregistrer les quatre vues des poids en une image PNG</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>One trace</source>
        <translation>Une trace</translation>
    </message>
    <message>
        <source>Stabilities</source>
        <translation>Stabilités</translation>
    </message>
    <message>
        <source>Overlaps</source>
        <translation>Recouvrements</translation>
    </message>
    <message>
        <source>No pattern is stored.</source>
        <translation>Aucun motif n’est stocké.</translation>
    </message>
    <message>
        <source>{percent} % of the stored bits are unstable.</source>
        <translation>{percent} % des bits stockés sont instables.</translation>
    </message>
    <message>
        <source>{synapses} of {pairs} synapses ({percent} %), white: none.</source>
        <translation>{synapses} sur {pairs} synapses ({percent} %), blanc : aucune.</translation>
    </message>
    <message>
        <source>W has N × N = {entries} entries: shown up to N = {max}.</source>
        <translation>W a N × N = {entries} coefficients : affiché jusqu’à N = {max}.</translation>
    </message>
    <message>
        <source>Blue −, red +. The sum is the superposition of the traces.</source>
        <translation>Bleu −, rouge +. La somme est la superposition des traces.</translation>
    </message>
    <message>
        <source>Export weights</source>
        <translation>Exporter les poids</translation>
    </message>
</context>
<context>
    <name>WindowSettings</name>
    <message>
        <source>Some remembered settings could not be read and were reset to their defaults: {keys}.</source>
        <translation>Certains réglages mémorisés étaient illisibles et ont repris leur valeur par défaut : {keys}.</translation>
    </message>
    <message>
        <source>Settings reset: the defaults apply at the next start</source>
        <translation>Réglages réinitialisés : les valeurs par défaut s’appliquent au prochain démarrage</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>{quantity}: the step must be a positive number</source>
        <translation>{quantity} : le pas doit être un nombre positif</translation>
    </message>
    <message>
        <source>{quantity}: the end {end} is before the start {start}</source>
        <translation>{quantity} : la fin {end} est avant le début {start}</translation>
    </message>
    <message>
        <source>the noise must be a fraction between 0 and 1, not {noise}</source>
        <translation>le bruit doit être une fraction entre 0 et 1, pas {noise}</translation>
    </message>
    <message>
        <source>loads α must be positive numbers</source>
        <translation>les charges α doivent être des nombres positifs</translation>
    </message>
    <message>
        <source>K must lie between 1 and 4N, not {k}</source>
        <translation>K doit être compris entre 1 et 4N, pas {k}</translation>
    </message>
    <message>
        <source>cue noise fractions must lie in [0, 1]</source>
        <translation>les fractions de bruit de l’indice doivent être dans [0, 1]</translation>
    </message>
    <message>
        <source>{quantity} must look like START:STOP:STEP (e.g. 0.01:0.30:0.01), not {text!r}</source>
        <translation>{quantity} doit s’écrire DÉBUT:FIN:PAS (par ex. 0.01:0.30:0.01), pas {text!r}</translation>
    </message>
    <message>
        <source>{file}, pattern {number}</source>
        <translation>{file}, motif {number}</translation>
    </message>
    <message>
        <source>{file}: unknown pattern file type (use .npz or .json)</source>
        <translation>{file} : type de fichier de motifs inconnu (utilisez .npz ou .json)</translation>
    </message>
    <message>
        <source>{where}: the grid must have at least one row and one column</source>
        <translation>{where} : la grille doit avoir au moins une ligne et une colonne</translation>
    </message>
    <message>
        <source>{where}: {rows} × {cols} neurons is over the maximum of 128 × 128</source>
        <translation>{where} : {rows} × {cols} neurones dépasse le maximum de 128 × 128</translation>
    </message>
    <message>
        <source>{where}: {k} patterns is over the maximum of {max}</source>
        <translation>{where} : {k} motifs dépasse le maximum de {max}</translation>
    </message>
    <message>
        <source>{where}: &apos;grid&apos; must be a list of {rows} strings</source>
        <translation>{where} : « grid » doit être une liste de {rows} chaînes</translation>
    </message>
    <message>
        <source>{file}: not a Hopfield pattern file (expected &quot;format&quot;: &quot;hopfield-patterns&quot;)</source>
        <translation>{file} : pas un fichier de motifs Hopfield (&quot;format&quot;: &quot;hopfield-patterns&quot; attendu)</translation>
    </message>
    <message>
        <source>{file}: &apos;patterns&apos; must be a list</source>
        <translation>{file} : « patterns » doit être une liste</translation>
    </message>
    <message>
        <source>{file}: &apos;rows&apos; and &apos;cols&apos; must be whole numbers</source>
        <translation>{file} : « rows » et « cols » doivent être des nombres entiers</translation>
    </message>
    <message>
        <source>{file}: no such file</source>
        <translation>{file} : fichier introuvable</translation>
    </message>
    <message>
        <source>rows × cols must equal the number of neurons</source>
        <translation>lignes × colonnes doit être égal au nombre de neurones</translation>
    </message>
    <message>
        <source>{file}: {error}</source>
        <translation>{file} : {error}</translation>
    </message>
    <message>
        <source>{where}, row {row}</source>
        <translation>{where}, ligne {row}</translation>
    </message>
    <message>
        <source>{where}, row {row}: {count} characters, expected {cols}</source>
        <translation>{where}, ligne {row} : {count} caractères, {cols} attendus</translation>
    </message>
    <message>
        <source>{file}: not a text file (expected UTF-8 JSON)</source>
        <translation>{file} : pas un fichier texte (JSON en UTF-8 attendu)</translation>
    </message>
    <message>
        <source>{where}: each pattern must be an object with &apos;grid&apos; or &apos;values&apos;</source>
        <translation>{where} : chaque motif doit être un objet avec « grid » ou « values »</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file} : lecture impossible ({reason})</translation>
    </message>
    <message>
        <source>{file}: not a .npz archive</source>
        <translation>{file} : pas une archive .npz</translation>
    </message>
    <message>
        <source>{file}: save as .npz or .json</source>
        <translation>{file} : enregistrez en .npz ou en .json</translation>
    </message>
    <message>
        <source>{file}: no array named &apos;patterns&apos; in the archive</source>
        <translation>{file} : aucun tableau nommé « patterns » dans l’archive</translation>
    </message>
    <message>
        <source>{file}: &apos;patterns&apos; must have shape (K, N) or (K, rows, cols), not {shape}</source>
        <translation>{file} : « patterns » doit avoir la forme (K, N) ou (K, lignes, colonnes), pas {shape}</translation>
    </message>
    <message>
        <source>{file}: &apos;patterns&apos; holds {dtype}, not numbers</source>
        <translation>{file} : « patterns » contient du {dtype}, pas des nombres</translation>
    </message>
    <message>
        <source>{where}: unexpected character {ch!r} (use &apos;#&apos; for +1 and &apos;.&apos; for −1)</source>
        <translation>{where} : caractère inattendu {ch!r} (utilisez « # » pour +1 et « . » pour −1)</translation>
    </message>
    <message>
        <source>{where}: each pattern needs &apos;grid&apos; or &apos;values&apos;</source>
        <translation>{where} : chaque motif doit avoir « grid » ou « values »</translation>
    </message>
    <message>
        <source>{where}: {error}</source>
        <translation>{where} : {error}</translation>
    </message>
    <message>
        <source>{where}: &apos;values&apos; must be a list of {n} numbers</source>
        <translation>{where} : « values » doit être une liste de {n} nombres</translation>
    </message>
    <message>
        <source>β must be positive (β = ∞ is deterministic), not {value!r}</source>
        <translation>β doit être positif (β = ∞ est déterministe), pas {value!r}</translation>
    </message>
    <message>
        <source>new weights have N = {n_weights}, the state has N = {n}</source>
        <translation>les nouveaux poids ont N = {n_weights}, l’état a N = {n}</translation>
    </message>
    <message>
        <source>mode must be &apos;async&apos; or &apos;sync&apos;, not {value!r}</source>
        <translation>le mode doit être « async » ou « sync », pas {value!r}</translation>
    </message>
    <message>
        <source>the state has {neurons} neurons, the network has {n}</source>
        <translation>l’état a {neurons} neurones, le réseau en a {n}</translation>
    </message>
    <message>
        <source>single-neuron updates need the asynchronous mode</source>
        <translation>les mises à jour d’un seul neurone demandent le mode asynchrone</translation>
    </message>
    <message>
        <source>the number of sweeps must be ≥ 0</source>
        <translation>le nombre de balayages doit être ≥ 0</translation>
    </message>
    <message>
        <source>β must be a positive number or &apos;inf&apos;, not {value!r}</source>
        <translation>β doit être un nombre positif ou « inf », pas {value!r}</translation>
    </message>
    <message>
        <source>pattern values must be ±1 (or 0/1, with 0 meaning −1); found {shown}</source>
        <translation>les valeurs d’un motif doivent être ±1 (ou 0/1, 0 valant −1) ; trouvé {shown}</translation>
    </message>
    <message>
        <source>a pattern must hold numbers, not {dtype}</source>
        <translation>un motif doit contenir des nombres, pas du {dtype}</translation>
    </message>
    <message>
        <source>the rule&apos;s form (Bienenstock, Cooper &amp; Munro 1982; Intrator &amp; Cooper 1992)</source>
        <translation>la forme de la règle (Bienenstock, Cooper &amp; Munro 1982 ; Intrator &amp; Cooper 1992)</translation>
    </message>
    <message>
        <source>Dudek &amp; Bear (1992)&apos;s sign pattern; light-reared visual cortex (Kirkwood et al. 1996)</source>
        <translation>les signes de Dudek &amp; Bear (1992) ; cortex visuel élevé à la lumière (Kirkwood et al. 1996)</translation>
    </message>
    <message>
        <source>dark-reared visual cortex: the crossover at lower frequencies (Kirkwood et al. 1996)</source>
        <translation>cortex visuel élevé dans le noir : le changement de signe à plus basse fréquence (Kirkwood et al. 1996)</translation>
    </message>
    <message>
        <source>the qualitative STDP curve (Graupner &amp; Brunel 2012, Fig. 2)</source>
        <translation>la courbe STDP qualitative (Graupner &amp; Brunel 2012, fig. 2)</translation>
    </message>
    <message>
        <source>Sjöström et al. (2001), 75 pairs in a row (the authors&apos; own fit)</source>
        <translation>Sjöström et al. (2001), 75 paires d’affilée (l’ajustement des auteurs)</translation>
    </message>
    <message>
        <source>hippocampal slices (Wittenberg &amp; Wang 2006)</source>
        <translation>tranches d’hippocampe (Wittenberg &amp; Wang 2006)</translation>
    </message>
    <message>
        <source>Dudek &amp; Bear (1992)&apos;s sign pattern: LTD at 1–3 Hz, ≈ 0 near 10 Hz, LTP at 50 Hz</source>
        <translation>les signes de Dudek &amp; Bear (1992) : LTD à 1–3 Hz, ≈ 0 vers 10 Hz, LTP à 50 Hz</translation>
    </message>
    <message>
        <source>a simulation needs a positive duration and step</source>
        <translation>une simulation demande une durée et un pas positifs</translation>
    </message>
    <message>
        <source>{file}: not a readable .npz pattern archive (damaged, or not made by NumPy)</source>
        <translation>{file} : archive de motifs .npz illisible (abîmée, ou non créée par NumPy)</translation>
    </message>
    <message>
        <source>{file}: not valid JSON (line {line}, column {column})</source>
        <translation>{file} : JSON non valide (ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <source>a pattern must have at least one neuron</source>
        <translation>un motif doit avoir au moins un neurone</translation>
    </message>
    <message>
        <source>a pattern may not contain NaN or infinity</source>
        <translation>un motif ne peut contenir ni NaN ni infini</translation>
    </message>
    <message>
        <source>pattern values must be ±1 or 0/1, not a mix of −1 and 0</source>
        <translation>les valeurs d’un motif doivent être ±1 ou 0/1, pas un mélange de −1 et de 0</translation>
    </message>
    <message>
        <source>patterns must have shape (K, N) or (K, rows, cols), not {shape}</source>
        <translation>les motifs doivent avoir la forme (K, N) ou (K, lignes, colonnes), pas {shape}</translation>
    </message>
    <message>
        <source>patterns have {neurons} neurons, the network has {n}</source>
        <translation>les motifs ont {neurons} neurones, le réseau en a {n}</translation>
    </message>
    <message>
        <source>need K ≥ 0 and N ≥ 1</source>
        <translation>il faut K ≥ 0 et N ≥ 1</translation>
    </message>
    <message>
        <source>bias must lie in [−1, 1]</source>
        <translation>le biais doit être dans [−1, 1]</translation>
    </message>
    <message>
        <source>the noise fraction must lie in [0, 1]</source>
        <translation>la fraction de bruit doit être dans [0, 1]</translation>
    </message>
    <message>
        <source>the masked fraction must lie in [0, 1]</source>
        <translation>la fraction effacée doit être dans [0, 1]</translation>
    </message>
    <message>
        <source>the mask region must have one entry per neuron</source>
        <translation>la région masquée doit avoir une entrée par neurone</translation>
    </message>
    <message>
        <source>fill must be &apos;random&apos; or &apos;blank&apos;</source>
        <translation>le remplissage doit être « random » ou « blank »</translation>
    </message>
    <message>
        <source>{name} must be a positive time in ms, not {value}</source>
        <translation>{name} doit être une durée positive en ms, pas {value}</translation>
    </message>
    <message>
        <source>{name} must be a finite number</source>
        <translation>{name} doit être un nombre fini</translation>
    </message>
    <message>
        <source>unknown parameter set {name!r}: choose one of {choices}</source>
        <translation>jeu de paramètres inconnu {name!r} : choisissez parmi {choices}</translation>
    </message>
    <message>
        <source>unknown parameter {name!r}</source>
        <translation>paramètre inconnu {name!r}</translation>
    </message>
    <message>
        <source>spike times must be finite numbers of ms</source>
        <translation>les instants des potentiels d’action doivent être des nombres finis de ms</translation>
    </message>
    <message>
        <source>a protocol needs at least one pair and a positive frequency</source>
        <translation>un protocole demande au moins une paire et une fréquence positive</translation>
    </message>
    <message>
        <source>protocol must be &apos;continuous&apos; or &apos;bursts&apos;, not {value!r}</source>
        <translation>le protocole doit être « continuous » ou « bursts », pas {value!r}</translation>
    </message>
    <message>
        <source>frequencies must be positive</source>
        <translation>les fréquences doivent être positives</translation>
    </message>
    <message>
        <source>the {rule} rule needs a dense {n} × {n} weight matrix ({need}), over the {budget} budget: use at most {limit} neurons (e.g. {side} × {side}) or the Hebb rule</source>
        <translation>la règle {rule} demande une matrice de poids pleine de {n} × {n} ({need}), au-delà du budget de {budget} : utilisez au plus {limit} neurones (par ex. {side} × {side}) ou la règle de Hebb</translation>
    </message>
    <message>
        <source>unknown learning rule {rule!r}: choose one of {choices}</source>
        <translation>règle d’apprentissage inconnue {rule!r} : choisissez parmi {choices}</translation>
    </message>
    <message>
        <source>N = {n} is over the supported maximum of {max} (128 × 128)</source>
        <translation>N = {n} dépasse le maximum pris en charge de {max} (128 × 128)</translation>
    </message>
    <message>
        <source>K = {k} patterns is over the supported maximum of {max}</source>
        <translation>K = {k} motifs dépasse le maximum pris en charge de {max}</translation>
    </message>
    <message>
        <source>the Storkey rule is defined for i ≠ j only: self-coupling applies to Hebb and pseudo-inverse</source>
        <translation>la règle de Storkey n’est définie que pour i ≠ j : l’auto-couplage s’applique à Hebb et à la pseudo-inverse</translation>
    </message>
    <message>
        <source>the weight matrix must be N × N</source>
        <translation>la matrice des poids doit être N × N</translation>
    </message>
    <message>
        <source>the Storkey rule was interrupted</source>
        <translation>la règle de Storkey a été interrompue</translation>
    </message>
    <message>
        <source>{name} must be set</source>
        <translation>{name} : une valeur est requise</translation>
    </message>
    <message>
        <source>unknown {name} {value!r}: choose one of {choices}</source>
        <translation>{name} : {value!r} est inconnu ; choisissez parmi {choices}</translation>
    </message>
    <message>
        <source>{name} must be true or false</source>
        <translation>{name} : vrai ou faux est attendu</translation>
    </message>
    <message>
        <source>{name} must be a whole number</source>
        <translation>{name} : un nombre entier est attendu</translation>
    </message>
    <message>
        <source>{name} must be positive, not {value}</source>
        <translation>{name} : une valeur positive est attendue, pas {value}</translation>
    </message>
    <message>
        <source>{name} must be at least {lo}, not {value}</source>
        <translation>{name} : au moins {lo} est attendu, pas {value}</translation>
    </message>
    <message>
        <source>β</source>
        <translation>β</translation>
    </message>
    <message>
        <source>learning rule</source>
        <translation>règle d’apprentissage</translation>
    </message>
    <message>
        <source>self-coupling</source>
        <translation>auto-couplage</translation>
    </message>
    <message>
        <source>update mode</source>
        <translation>mode de mise à jour</translation>
    </message>
    <message>
        <source>the speed</source>
        <translation>la vitesse</translation>
    </message>
    <message>
        <source>the seed</source>
        <translation>la graine</translation>
    </message>
    <message>
        <source>the cued pattern</source>
        <translation>le motif de l’indice</translation>
    </message>
    <message>
        <source>the noise</source>
        <translation>le bruit</translation>
    </message>
    <message>
        <source>the erased fraction</source>
        <translation>la fraction effacée</translation>
    </message>
    <message>
        <source>erased region</source>
        <translation>région effacée</translation>
    </message>
    <message>
        <source>the erased rectangle</source>
        <translation>le rectangle effacé</translation>
    </message>
    <message>
        <source>the connectivity</source>
        <translation>la connectivité</translation>
    </message>
    <message>
        <source>the fraction of synapses pruned</source>
        <translation>la fraction de synapses élaguées</translation>
    </message>
    <message>
        <source>binary synapses</source>
        <translation>synapses binaires</translation>
    </message>
    <message>
        <source>{file}: parameter &apos;{key}&apos;: {reason}</source>
        <translation>{file} : paramètre « {key} » : {reason}</translation>
    </message>
    <message>
        <source>{file}: not a Hopfield Explorer session (expected &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>{file} : pas une séance Hopfield Explorer (&quot;format&quot;: &quot;{format}&quot; attendu)</translation>
    </message>
    <message>
        <source>{file}: &apos;patterns&apos; must be a list of at most {max} patterns</source>
        <translation>{file} : « patterns » doit être une liste d’au plus {max} motifs</translation>
    </message>
    <message>
        <source>{file}: &apos;parameters&apos; must be an object</source>
        <translation>{file} : « parameters » doit être un objet</translation>
    </message>
    <message>
        <source>{quantity} must be numbers separated by commas or START:STOP:STEP, not {text!r}</source>
        <translation>{quantity} doit être une liste de nombres séparés par des virgules ou DÉBUT:FIN:PAS, pas {text!r}</translation>
    </message>
    <message>
        <source>{quantity} needs at least one number</source>
        <translation>{quantity} demande au moins un nombre</translation>
    </message>
    <message>
        <source>sizes N must be at least 10</source>
        <translation>les tailles N doivent valoir au moins 10</translation>
    </message>
    <message>
        <source>unknown parameter {name!r}: choose one of {choices}</source>
        <translation>paramètre inconnu {name!r} : choisir parmi {choices}</translation>
    </message>
    <message>
        <source>unknown rule {name!r}: choose one of {choices}</source>
        <translation>règle inconnue {name!r} : choisir parmi {choices}</translation>
    </message>
    <message>
        <source>{name} is not a {rule} set: choose one of {choices}</source>
        <translation>{name} n&apos;est pas un jeu de la règle {rule} : choisir parmi {choices}</translation>
    </message>
    <message>
        <source>{name}: {value!r} is not a number</source>
        <translation>{name} : {value!r} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>store at least one pattern first</source>
        <translation>stockez d’abord au moins un motif</translation>
    </message>
    <message>
        <source>mode must be one of {choices}, not {value!r}</source>
        <translation>le mode doit être l&apos;un de {choices}, pas {value!r}</translation>
    </message>
    <message>
        <source>connectivities must lie in (0, 1]</source>
        <translation>les connectivités doivent être dans ]0, 1]</translation>
    </message>
    <message>
        <source>{quantity}: this step makes too many points (at most {limit})</source>
        <translation>{quantity} : ce pas donne trop de points (au plus {limit})</translation>
    </message>
    <message>
        <source>{quantity}: {count} points is too many (at most {limit})</source>
        <translation>{quantity} : {count} points, c&apos;est trop (au plus {limit})</translation>
    </message>
    <message>
        <source>{file}: &apos;{name}&apos; holds Python objects, which are never loaded</source>
        <translation>{file} : « {name} » contient des objets Python, qui ne sont jamais chargés</translation>
    </message>
    <message>
        <source>{file}: &apos;{name}&apos; does not hold the data its header declares</source>
        <translation>{file} : « {name} » ne contient pas les données que déclare son en-tête</translation>
    </message>
    <message>
        <source>{file}: &apos;names&apos; must hold {k} texts of at most {chars} characters, one per pattern</source>
        <translation>{file} : « names » doit contenir {k} textes d&apos;au plus {chars} caractères, un par motif</translation>
    </message>
    <message>
        <source>{name} must be a whole number, not {value}</source>
        <translation>{name} doit être un nombre entier, pas {value}</translation>
    </message>
    <message>
        <source>{name} must lie between {lo} and {hi}, not {value}</source>
        <translation>{name} : une valeur entre {lo} et {hi} est attendue, pas {value}</translation>
    </message>
    <message>
        <source>this asks for {total:.2g} neuron-pattern updates (runs × sweeps × N × K), over the limit of {limit:.0e} (about half an hour): use fewer runs, sweeps or patterns</source>
        <translation>cela demande {total:.2g} mises à jour neurone-motif (essais × balayages × N × K), au-delà de la limite de {limit:.0e} (environ une demi-heure) : réduisez le nombre d&apos;essais, de balayages ou de motifs</translation>
    </message>
    <message>
        <source>{name}: {count} points is too many (at most {limit})</source>
        <translation>{name} : {count} points, c&apos;est trop (au plus {limit})</translation>
    </message>
    <message>
        <source>frequencies must lie in (0, {max:g}] Hz</source>
        <translation>les fréquences doivent être dans ]0, {max:g}] Hz</translation>
    </message>
    <message>
        <source>Δt must lie between −{max:g} and {max:g} ms</source>
        <translation>Δt doit être compris entre −{max:g} et {max:g} ms</translation>
    </message>
    <message>
        <source>frequencies × pulses × trials = {total:.2g} is over the limit of {limit:.0e}</source>
        <translation>fréquences × impulsions × essais = {total:.2g} dépasse la limite de {limit:.0e}</translation>
    </message>
    <message>
        <source>{name}: {count} spikes is too many (at most {limit})</source>
        <translation>{name} : {count} potentiels d&apos;action, c&apos;est trop (au plus {limit})</translation>
    </message>
    <message>
        <source>{name}: spike times must be finite numbers of ms (at most 10⁹)</source>
        <translation>{name} : les instants des potentiels d&apos;action doivent être des nombres finis de ms (au plus 10⁹)</translation>
    </message>
    <message>
        <source>K must lie between 1 and {max}, not {k}</source>
        <translation>K doit être compris entre 1 et {max}, pas {k}</translation>
    </message>
    <message>
        <source>Clopath voltage STDP</source>
        <translation>STDP en potentiel de Clopath</translation>
    </message>
    <message>
        <source>the gain (post rate per pre rate) must lie between 0 and 100, not {gain}</source>
        <translation>le gain (fréquence post par fréquence pré) doit être compris entre 0 et 100, pas {gain}</translation>
    </message>
    <message>
        <source>the presentation needs a positive duration and a high rate above the low one</source>
        <translation>la présentation demande une durée positive et une fréquence haute supérieure à la basse</translation>
    </message>
    <message>
        <source>unknown experiment {name!r}: choose one of {choices}</source>
        <translation>expérience inconnue {name!r} : choisissez parmi {choices}</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>bruit</translation>
    </message>
    <message>
        <source>trials = {n}</source>
        <translation>essais = {n}</translation>
    </message>
    <message>
        <source>Basins: m versus cue noise</source>
        <translation>Bassins : m selon le bruit de l’indice</translation>
    </message>
    <message>
        <source>β = {beta}</source>
        <translation>β = {beta}</translation>
    </message>
    <message>
        <source>cue noise = {f}</source>
        <translation>bruit de l’indice = {f}</translation>
    </message>
    <message>
        <source>Capacity: m versus α = K/N</source>
        <translation>Capacité : m selon α = K/N</translation>
    </message>
    <message>
        <source>synapses: {mode}</source>
        <translation>synapses : {mode}</translation>
    </message>
    <message>
        <source>Synapses: m versus K/(cN)</source>
        <translation>Synapses : m selon K/(cN)</translation>
    </message>
    <message>
        <source>trials = {n} per load and N</source>
        <translation>essais = {n} par charge et par N</translation>
    </message>
    <message>
        <source>α_c(N): the load where half the runs end with m &gt; 0.9 (a dynamical criterion, not AGS&apos;s)</source>
        <translation>α_c(N) : la charge où la moitié des simulations finit avec m &gt; 0,9 (un critère dynamique, pas celui d’AGS)</translation>
    </message>
    <message>
        <source>Finite size: α_c versus N</source>
        <translation>Taille finie : α_c selon N</translation>
    </message>
    <message>
        <source>{name} must be a text of at most {count} characters</source>
        <translation>{name} doit être un texte d’au plus {count} caractères</translation>
    </message>
    <message>
        <source>{sweeps} + {burn} sweeps</source>
        <translation>{sweeps} + {burn} balayages</translation>
    </message>
    <message>
        <source>lines: Amit, Gutfreund &amp; Sompolinsky (1987)</source>
        <translation>lignes : Amit, Gutfreund &amp; Sompolinsky (1987)</translation>
    </message>
    <message>
        <source>Phase diagram: m versus α and T</source>
        <translation>Diagramme de phase : m selon α et T</translation>
    </message>
    <message>
        <source>K = {k} is more than 4N</source>
        <translation>K = {k} dépasse 4N</translation>
    </message>
    <message>
        <source>Temperature: m versus β</source>
        <translation>Température : m selon β</translation>
    </message>
    <message>
        <source>{quantity} needs finite numbers, not {text!r}</source>
        <translation>{quantity} demande des nombres finis, pas {text!r}</translation>
    </message>
    <message>
        <source>{quantity}: the values must be positive</source>
        <translation>{quantity} : les valeurs doivent être positives</translation>
    </message>
    <message>
        <source>{quantity}: the values must be whole numbers</source>
        <translation>{quantity} : les valeurs doivent être des nombres entiers</translation>
    </message>
    <message>
        <source>{quantity}: the values must lie between {lo} and {hi}</source>
        <translation>{quantity} : les valeurs doivent être comprises entre {lo} et {hi}</translation>
    </message>
    <message>
        <source>Number of neurons</source>
        <translation>Nombre de neurones</translation>
    </message>
    <message>
        <source>trials</source>
        <translation>essais</translation>
    </message>
    <message>
        <source>cue noise</source>
        <translation>bruit</translation>
    </message>
    <message>
        <source>Fraction of the cue flipped</source>
        <translation>Fraction de l’indice retournée</translation>
    </message>
    <message>
        <source>sweeps at most</source>
        <translation>balayages max.</translation>
    </message>
    <message>
        <source>Sweeps at most before a run counts as ended</source>
        <translation>Nombre maximal de balayages avant qu’une simulation soit considérée comme terminée</translation>
    </message>
    <message>
        <source>sweeps</source>
        <translation>balayages</translation>
    </message>
    <message>
        <source>Sweeps averaged after the burn-in</source>
        <translation>Balayages moyennés après la mise en équilibre</translation>
    </message>
    <message>
        <source>burn-in</source>
        <translation>relaxation</translation>
    </message>
    <message>
        <source>Sweeps of relaxation before averaging</source>
        <translation>Balayages de relaxation avant de moyenner</translation>
    </message>
    <message>
        <source>Loads α = K/N: A:B:STEP (the end included) or A,B,C</source>
        <translation>Charges α = K/N : A:B:PAS (la fin comprise) ou A,B,C</translation>
    </message>
    <message>
        <source>α from</source>
        <translation>α de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>Smallest load α = K/N</source>
        <translation>Plus petite charge α = K/N</translation>
    </message>
    <message>
        <source>Largest load</source>
        <translation>Plus grande charge</translation>
    </message>
    <message>
        <source>Load step</source>
        <translation>Pas de charge</translation>
    </message>
    <message>
        <source>pseudo-inverse</source>
        <translation>pseudo-inverse</translation>
    </message>
    <message>
        <source>Runs per load, each with new random patterns</source>
        <translation>Essais par charge, chacun avec de nouveaux motifs aléatoires</translation>
    </message>
    <message>
        <source>β: a positive number, or inf for deterministic updates</source>
        <translation>β : un nombre positif, ou inf pour des mises à jour déterministes</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>règle</translation>
    </message>
    <message>
        <source>Learning rule: Hebb (the lecture), Storkey or pseudo-inverse</source>
        <translation>Règle d’apprentissage : Hebb (le cours), Storkey ou pseudo-inverse</translation>
    </message>
    <message>
        <source>Keep the self-couplings w_ii (the lecture sets w_ii = 0)</source>
        <translation>Garder les auto-couplages w_ii (le cours pose w_ii = 0)</translation>
    </message>
    <message>
        <source>Stored patterns (the mean-field curve is for K/N → 0)</source>
        <translation>Motifs stockés (la courbe de champ moyen vaut pour K/N → 0)</translation>
    </message>
    <message>
        <source>Inverse temperatures β: B0:B1:STEP (the end included; B1 may be inf)</source>
        <translation>Températures inverses β : B0:B1:PAS (la fin comprise ; B1 peut valoir inf)</translation>
    </message>
    <message>
        <source>β from</source>
        <translation>β de</translation>
    </message>
    <message>
        <source>Smallest β</source>
        <translation>Plus petit β</translation>
    </message>
    <message>
        <source>Largest β</source>
        <translation>Plus grand β</translation>
    </message>
    <message>
        <source>β step</source>
        <translation>Pas de β</translation>
    </message>
    <message>
        <source>Loads α, separated by commas</source>
        <translation>Charges α, séparées par des virgules</translation>
    </message>
    <message>
        <source>noise up to</source>
        <translation>bruit jusqu’à</translation>
    </message>
    <message>
        <source>Largest fraction of the cue flipped</source>
        <translation>Plus grande fraction de l’indice retournée</translation>
    </message>
    <message>
        <source>Noise step</source>
        <translation>Pas de bruit</translation>
    </message>
    <message>
        <source>Runs per point</source>
        <translation>Essais par point</translation>
    </message>
    <message>
        <source>Inverse temperatures β of the lecture, separated by commas (T of textbooks = 2/β)</source>
        <translation>Températures inverses β du cours, séparées par des virgules (T des manuels = 2/β)</translation>
    </message>
    <message>
        <source>Runs per cell</source>
        <translation>Essais par case</translation>
    </message>
    <message>
        <source>theory only</source>
        <translation>théorie seule</translation>
    </message>
    <message>
        <source>The AGS lines alone, no simulation</source>
        <translation>Les lignes d’AGS seules, sans simulation</translation>
    </message>
    <message>
        <source>Network sizes N, separated by commas</source>
        <translation>Tailles de réseau N, séparées par des virgules</translation>
    </message>
    <message>
        <source>Runs per load and size</source>
        <translation>Essais par charge et par taille</translation>
    </message>
    <message>
        <source>Connectivities c, the fractions of the pairs connected, separated by commas (pruning: the fraction of the synapses kept)</source>
        <translation>Connectivités c, les fractions des paires reliées, séparées par des virgules (élagage : la fraction des synapses gardées)</translation>
    </message>
    <message>
        <source>synapses</source>
        <translation>synapses</translation>
    </message>
    <message>
        <source>How the synapses are lost: at random (dilution), the weakest first (pruning), or each kept as its sign (clipping)</source>
        <translation>Comment les synapses se perdent : au hasard (dilution), les plus faibles d&apos;abord (élagage), ou chacune réduite à son signe (écrêtage)</translation>
    </message>
    <message>
        <source>removed at random</source>
        <translation>supprimées au hasard</translation>
    </message>
    <message>
        <source>weakest pruned</source>
        <translation>plus faibles élaguées</translation>
    </message>
    <message>
        <source>binary (sign)</source>
        <translation>binaires (signe)</translation>
    </message>
    <message>
        <source>Smallest load per connection K/(cN)</source>
        <translation>Plus petite charge par connexion K/(cN)</translation>
    </message>
    <message>
        <source>Largest load per connection</source>
        <translation>Plus grande charge par connexion</translation>
    </message>
    <message>
        <source>the {rule} rule has no spike timing: use the frequency protocol</source>
        <translation>la règle {rule} ne voit pas l’instant des potentiels d’action : utilisez le protocole en fréquence</translation>
    </message>
    <message>
        <source>{name} must be {low} and ≤ {high}{unit}, not {value}</source>
        <translation>{name} doit être {low} et ≤ {high}{unit}, pas {value}</translation>
    </message>
    <message>
        <source>threshold θ_M (Hz)</source>
        <translation>seuil θ_M (Hz)</translation>
    </message>
    <message>
        <source>post rate y (Hz)</source>
        <translation>fréquence post y (Hz)</translation>
    </message>
    <message>
        <source>BCM</source>
        <translation>BCM</translation>
    </message>
    <message>
        <source>calcium c</source>
        <translation>calcium c</translation>
    </message>
    <message>
        <source>calcium</source>
        <translation>calcium</translation>
    </message>
    <message>
        <source>theta_plus must be above theta_minus</source>
        <translation>theta_plus doit être au-dessus de theta_minus</translation>
    </message>
    <message>
        <source>the neuron needs E_L &lt; V_T,rest ≤ V_T,max and V_reset &lt; V_clamp</source>
        <translation>le neurone demande E_L &lt; V_T,rest ≤ V_T,max et V_reset &lt; V_clamp</translation>
    </message>
    <message>
        <source>Sjöström et al. (2001), 5 pairs × 15 (Clopath et al. 2010)</source>
        <translation>Sjöström et al. (2001), 5 paires × 15 (Clopath et al. 2010)</translation>
    </message>
    <message>
        <source>membrane voltage u</source>
        <translation>potentiel de membrane u</translation>
    </message>
    <message>
        <source>ū₋ (for LTD)</source>
        <translation>ū₋ (pour la LTD)</translation>
    </message>
    <message>
        <source>ū₊ (for LTP)</source>
        <translation>ū₊ (pour la LTP)</translation>
    </message>
    <message>
        <source>voltage (mV)</source>
        <translation>potentiel (mV)</translation>
    </message>
    <message>
        <source>{name} must be one of {choices}, not {value!r}</source>
        <translation>{name} doit être l’une des valeurs {choices}, et non {value!r}</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>interaction</translation>
    </message>
    <message>
        <source>all-to-all</source>
        <translation>toutes paires</translation>
    </message>
    <message>
        <source>nearest spike</source>
        <translation>plus proche</translation>
    </message>
    <message>
        <source>all-to-all: every spike adds 1 to its traces; nearest spike: a spike sets them to 1</source>
        <translation>toutes paires : chaque potentiel d’action ajoute 1 à ses traces ; plus proche : un potentiel d’action les met à 1</translation>
    </message>
    <message>
        <source>r₁ (pre)</source>
        <translation>r₁ (pré)</translation>
    </message>
    <message>
        <source>r₂ (pre, slow)</source>
        <translation>r₂ (pré, lente)</translation>
    </message>
    <message>
        <source>o₁ (post)</source>
        <translation>o₁ (post)</translation>
    </message>
    <message>
        <source>o₂ (post, slow)</source>
        <translation>o₂ (post, lente)</translation>
    </message>
    <message>
        <source>pair STDP</source>
        <translation>STDP par paires</translation>
    </message>
    <message>
        <source>triplet STDP</source>
        <translation>STDP par triplets</translation>
    </message>
    <message>
        <source>{file}: is a folder, not a file</source>
        <translation>{file} : c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>{file}: not a regular file (a device, a pipe or a socket)</source>
        <translation>{file} : pas un fichier ordinaire (un périphérique, un tube ou une socket)</translation>
    </message>
    <message>
        <source>{file}: {size} is too large (at most {limit})</source>
        <translation>{file} : {size}, c&apos;est trop gros (au plus {limit})</translation>
    </message>
    <message>
        <source>{file}: more than {limit}: too large</source>
        <translation>{file} : plus de {limit} : trop gros</translation>
    </message>
    <message>
        <source>{file}: a whole number longer than {digits} digits</source>
        <translation>{file} : un nombre entier de plus de {digits} chiffres</translation>
    </message>
    <message>
        <source>{file}: a number that is not finite (NaN, Infinity or too large)</source>
        <translation>{file} : un nombre qui n&apos;est pas fini (NaN, Infinity ou trop grand)</translation>
    </message>
    <message>
        <source>{file}: nested more than {depth} levels deep</source>
        <translation>{file} : imbriqué sur plus de {depth} niveaux</translation>
    </message>
    <message>
        <source>w_max must be above the initial weight 1, not {value}</source>
        <translation>w_max doit dépasser le poids initial 1, pas {value}</translation>
    </message>
    <message>
        <source>a soft bound on potentiation (mu_plus &gt; 0) needs a finite w_max</source>
        <translation>une borne douce de la potentiation (mu_plus &gt; 0) demande un w_max fini</translation>
    </message>
    <message>
        <source>a generic window (Song, Miller &amp; Abbott 2000)</source>
        <translation>une fenêtre générique (Song, Miller &amp; Abbott 2000)</translation>
    </message>
    <message>
        <source>Bi &amp; Poo (1998), hippocampal cultures</source>
        <translation>Bi &amp; Poo (1998), cultures d’hippocampe</translation>
    </message>
    <message>
        <source>Sjöström et al. (2001), 60 pairs in a row, all-to-all</source>
        <translation>Sjöström et al. (2001), 60 paires d’affilée, toutes paires</translation>
    </message>
    <message>
        <source>Sjöström et al. (2001), 60 pairs in a row, nearest-spike</source>
        <translation>Sjöström et al. (2001), 60 paires d’affilée, plus proche</translation>
    </message>
    <message>
        <source>hippocampal data (Bi &amp; Poo; Wang et al. 2005), all-to-all</source>
        <translation>données d’hippocampe (Bi &amp; Poo ; Wang et al. 2005), toutes paires</translation>
    </message>
    <message>
        <source>hippocampal data (Bi &amp; Poo; Wang et al. 2005), nearest-spike</source>
        <translation>données d’hippocampe (Bi &amp; Poo ; Wang et al. 2005), plus proche</translation>
    </message>
    <message>
        <source>{n} neurons with connectivity {c:.2g} need {mb:.0f} MB of synapses, over the {budget:.0f} MB budget: use a connectivity of at most {limit:.3f}</source>
        <translation>{n} neurones de connectivité {c:.2g} demandent {mb:.0f} Mo de synapses, au-delà du budget de {budget:.0f} Mo : utilisez une connectivité d&apos;au plus {limit:.3f}</translation>
    </message>
    <message>
        <source>the connectivity must lie in (0, 1], not {c}</source>
        <translation>la connectivité doit être dans ]0, 1], pas {c}</translation>
    </message>
    <message>
        <source>the fraction of synapses removed must lie in [0, 1), not {f}</source>
        <translation>la fraction de synapses supprimées doit être dans [0, 1[, pas {f}</translation>
    </message>
    <message>
        <source>synapses can be removed from the Hebb rule&apos;s network only</source>
        <translation>on ne peut supprimer des synapses que dans le réseau de la règle de Hebb</translation>
    </message>
    <message>
        <source>synapses are removed &apos;random&apos; or &apos;weakest&apos;, not {value!r}</source>
        <translation>les synapses se suppriment « random » (au hasard) ou « weakest » (les plus faibles), pas {value!r}</translation>
    </message>
    <message>
        <source>synapses can be removed, pruned or clipped with the Hebb rule and w_ii = 0 only</source>
        <translation>on ne peut supprimer, élaguer ou écrêter des synapses qu&apos;avec la règle de Hebb et w_ii = 0</translation>
    </message>
    <message>
        <source>need α ≥ 0 and β &gt; 0</source>
        <translation>il faut α ≥ 0 et β &gt; 0</translation>
    </message>
    <message>
        <source>could not write {file}: it is a folder</source>
        <translation>impossible d&apos;écrire {file} : c&apos;est un dossier</translation>
    </message>
    <message>
        <source>could not write {file}: the folder {folder} does not exist</source>
        <translation>impossible d&apos;écrire {file} : le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <source>could not write {file}: {reason}</source>
        <translation>impossible d&apos;écrire {file} : {reason}</translation>
    </message>
    <message>
        <source>could not write {file}: nothing was written</source>
        <translation>impossible d&apos;écrire {file} : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>could not write {file}: the disk is full, or the file is too large or not allowed</source>
        <translation>impossible d&apos;écrire {file} : le disque est plein, ou le fichier est trop gros ou interdit</translation>
    </message>
    <message>
        <source>{file}: &apos;experiments&apos; must be an object</source>
        <translation>{file} : « experiments » doit être un objet</translation>
    </message>
    <message>
        <source>{file}: a plasticity rule must be an object with &apos;rule&apos;, &apos;set&apos; and &apos;params&apos;</source>
        <translation>{file} : une règle de plasticité doit être un objet avec « rule », « set » et « params »</translation>
    </message>
    <message>
        <source>at most {count} rules can be compared at once</source>
        <translation>on peut comparer au plus {count} règles à la fois</translation>
    </message>
    <message>
        <source>{file}: &apos;plasticity&apos; must be an object</source>
        <translation>{file} : « plasticity » doit être un objet</translation>
    </message>
    <message>
        <source>{file}: &apos;pinned&apos; must be a list of rules</source>
        <translation>{file} : « pinned » doit être une liste de règles</translation>
    </message>
    <message>
        <source>{file}: parameter &apos;{key}&apos; must be a number</source>
        <translation>{file} : le paramètre « {key} » doit être un nombre</translation>
    </message>
    <message>
        <source>a pattern needs a name</source>
        <translation>un motif doit avoir un nom</translation>
    </message>
    <message>
        <source>the erased rectangle must be four fractions: top &lt; bottom, left &lt; right</source>
        <translation>le rectangle effacé doit être donné par quatre fractions : haut &lt; bas, gauche &lt; droite</translation>
    </message>
    <message>
        <source>{file}: parameter &apos;{key}&apos; must be four numbers or null</source>
        <translation>{file} : le paramètre « {key} » doit être quatre nombres ou null</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file} : {reason}</translation>
    </message>
    <message>
        <source>{file}: &apos;time&apos; must be a non-negative number</source>
        <translation>{file} : « time » doit être un nombre positif ou nul</translation>
    </message>
    <message>
        <source>{file}, pattern {number}: expected an object</source>
        <translation>{file}, motif {number} : un objet est attendu</translation>
    </message>
    <message>
        <source>{file}: the image is too large ({width} × {height})</source>
        <translation>{file} : l’image est trop grande ({width} × {height})</translation>
    </message>
    <message>
        <source>{file}: cannot read this image ({detail})</source>
        <translation>{file} : impossible de lire cette image ({detail})</translation>
    </message>
    <message>
        <source>grid sides must lie between {min} and {max}, not {rows} × {cols}</source>
        <translation>les côtés de la grille doivent être entre {min} et {max}, pas {rows} × {cols}</translation>
    </message>
    <message>
        <source>the pattern has {neurons} neurons, the grid has {n}</source>
        <translation>le motif a {neurons} neurones, la grille en a {n}</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>protocole</translation>
    </message>
    <message>
        <source>played protocol</source>
        <translation>protocole joué</translation>
    </message>
    <message>
        <source>Δt (ms)</source>
        <translation>Δt (ms)</translation>
    </message>
    <message>
        <source>the frequency (Hz)</source>
        <translation>la fréquence (Hz)</translation>
    </message>
    <message>
        <source>the speed (times real time)</source>
        <translation>la vitesse (fois le temps réel)</translation>
    </message>
    <message>
        <source>wrong pattern size</source>
        <translation>taille de motif incorrecte</translation>
    </message>
    <message>
        <source>K = {k} but the library holds {count} patterns</source>
        <translation>K = {k} mais la bibliothèque contient {count} motifs</translation>
    </message>
    <message>
        <source>pattern size does not match the grid</source>
        <translation>la taille du motif ne correspond pas à la grille</translation>
    </message>
    <message>
        <source>not enough memory for this size</source>
        <translation>mémoire insuffisante pour cette taille</translation>
    </message>
</context>
<context>
    <name>lab</name>
    <message>
        <source>pre</source>
        <translation>pré</translation>
    </message>
    <message>
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <source>one of 60 pairs at 1 Hz, Δt = {dt} ms</source>
        <translation>une des 60 paires à 1 Hz, Δt = {dt} ms</translation>
    </message>
    <message>
        <source>5 pairs at {f} Hz, repeated 15 times every 10 s</source>
        <translation>5 paires à {f} Hz, répétées 15 fois toutes les 10 s</translation>
    </message>
    <message>
        <source>5 of 60 pairs in a row at {f} Hz</source>
        <translation>5 des 60 paires à la suite à {f} Hz</translation>
    </message>
    <message>
        <source>10 of 900 pulses at {f} Hz</source>
        <translation>10 des 900 impulsions à {f} Hz</translation>
    </message>
    <message>
        <source>3 of 60 pairs at 1 Hz, Δt = {dt} ms</source>
        <translation>3 des 60 paires à 1 Hz, Δt = {dt} ms</translation>
    </message>
    <message>
        <source>2 of the 15 trains of 5 pairs at {f} Hz, 10 s apart, Δt = {dt} ms</source>
        <translation>2 des 15 trains de 5 paires à {f} Hz, à 10 s d’intervalle, Δt = {dt} ms</translation>
    </message>
    <message>
        <source>15 of 60 pairs in a row at {f} Hz, Δt = {dt} ms</source>
        <translation>15 des 60 paires à la suite à {f} Hz, Δt = {dt} ms</translation>
    </message>
    <message>
        <source>20 of 900 pulses at {f} Hz; the post neuron fires as a Poisson process at {f} Hz</source>
        <translation>20 des 900 impulsions à {f} Hz ; le neurone post décharge selon un processus de Poisson à {f} Hz</translation>
    </message>
    <message>
        <source>weight change Δw/w₀</source>
        <translation>variation du poids synaptique Δw/w₀</translation>
    </message>
    <message>
        <source>× the weight reached a bound (0 or w_max)</source>
        <translation>× le poids a atteint une borne (0 ou w_max)</translation>
    </message>
    <message>
        <source>stimulation frequency (Hz)</source>
        <translation>fréquence de stimulation (Hz)</translation>
    </message>
    <message>
        <source>frequency (Hz)</source>
        <translation>fréquence (Hz)</translation>
    </message>
    <message>
        <source>Bi &amp; Poo 1998, 45 cells</source>
        <translation>Bi &amp; Poo 1998, 45 cellules</translation>
    </message>
    <message>
        <source>Sjöström 2001, Δt = {dt} ms</source>
        <translation>Sjöström 2001, Δt = {dt} ms</translation>
    </message>
    <message>
        <source>LTD</source>
        <translation>LTD</translation>
    </message>
    <message>
        <source>all 900 pulses at {f} Hz: BCM sees the rates, x = {f} Hz and y; its threshold θ_M slides towards y²/y₀</source>
        <translation>les 900 impulsions à {f} Hz : BCM voit les fréquences, x = {f} Hz et y ; son seuil θ_M glisse vers y²/y₀</translation>
    </message>
    <message>
        <source>LTP</source>
        <translation>LTP</translation>
    </message>
    <message>
        <source>Δt = t_post − t_pre (ms)</source>
        <translation>Δt = t_post − t_pré (ms)</translation>
    </message>
    <message>
        <source>pairing frequency (Hz)</source>
        <translation>fréquence d’appariement (Hz)</translation>
    </message>
</context>
<context>
    <name>plots</name>
    <message>
        <source>final overlap m</source>
        <translation>recouvrement final m</translation>
    </message>
    <message>
        <source>load α = K/N</source>
        <translation>charge α = K/N</translation>
    </message>
    <message>
        <source>theory (AGS, T = 0)</source>
        <translation>théorie (AGS, T = 0)</translation>
    </message>
    <message>
        <source>measured m (N = {n})</source>
        <translation>m mesuré (N = {n})</translation>
    </message>
    <message>
        <source>fraction with m &gt; 0.9</source>
        <translation>fraction avec m &gt; 0.9</translation>
    </message>
    <message>
        <source>recalled</source>
        <translation>rappelés</translation>
    </message>
    <message>
        <source>load per connection α = K/(cN)</source>
        <translation>charge par connexion α = K/(cN)</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>gardées</translation>
    </message>
    <message>
        <source>clipped ≈ {v}</source>
        <translation>écrêtées ≈ {v}</translation>
    </message>
    <message>
        <source>extreme dilution 2/π</source>
        <translation>dilution extrême 2/π</translation>
    </message>
    <message>
        <source>time-averaged overlap ⟨m⟩</source>
        <translation>recouvrement moyenné dans le temps ⟨m⟩</translation>
    </message>
    <message>
        <source>inverse temperature β</source>
        <translation>température inverse β</translation>
    </message>
    <message>
        <source>mean field m = tanh(βm/2)</source>
        <translation>champ moyen m = tanh(βm/2)</translation>
    </message>
    <message>
        <source>measured (N = {n}, K = {k})</source>
        <translation>mesuré (N = {n}, K = {k})</translation>
    </message>
    <message>
        <source>fraction of the cue flipped</source>
        <translation>fraction de l’indice retournée</translation>
    </message>
    <message>
        <source>cue flipped</source>
        <translation>indice retourné</translation>
    </message>
    <message>
        <source>temperature T = 2/β (textbooks)</source>
        <translation>température T = 2/β (manuels)</translation>
    </message>
    <message>
        <source>colour: overlap ⟨m⟩</source>
        <translation>couleur : recouvrement ⟨m⟩</translation>
    </message>
    <message>
        <source>T&lt;sub&gt;g&lt;/sub&gt; = 1 + √α: spin glass below</source>
        <translation>T&lt;sub&gt;g&lt;/sub&gt; = 1 + √α : verre de spins en dessous</translation>
    </message>
    <message>
        <source>T&lt;sub&gt;M&lt;/sub&gt;: retrieval states below (to α&lt;sub&gt;c&lt;/sub&gt; = {value} ▲)</source>
        <translation>T&lt;sub&gt;M&lt;/sub&gt; : états de rappel en dessous (jusqu’à α&lt;sub&gt;c&lt;/sub&gt; = {value} ▲)</translation>
    </message>
    <message>
        <source>T&lt;sub&gt;c&lt;/sub&gt;: retrieval is the global minimum below</source>
        <translation>T&lt;sub&gt;c&lt;/sub&gt; : le rappel est le minimum global en dessous</translation>
    </message>
    <message>
        <source>β (lecture)</source>
        <translation>β (du cours)</translation>
    </message>
    <message>
        <source>capacity α&lt;sub&gt;c&lt;/sub&gt;(N)</source>
        <translation>capacité α&lt;sub&gt;c&lt;/sub&gt;(N)</translation>
    </message>
    <message>
        <source>N&lt;sup&gt;−1/2&lt;/sup&gt; (N = ∞ at 0)</source>
        <translation>N&lt;sup&gt;−1/2&lt;/sup&gt; (N = ∞ en 0)</translation>
    </message>
    <message>
        <source>α&lt;sub&gt;c&lt;/sub&gt;(N): half the runs end with m &gt; 0.9 (95 % intervals)</source>
        <translation>α&lt;sub&gt;c&lt;/sub&gt;(N) : la moitié des simulations finit avec m &gt; 0,9 (intervalles à 95 %)</translation>
    </message>
    <message>
        <source>fit: α&lt;sub&gt;c&lt;/sub&gt;(∞) = {v} ± {e} (95 %)</source>
        <translation>ajustement : α&lt;sub&gt;c&lt;/sub&gt;(∞) = {v} ± {e} (95 %)</translation>
    </message>
    <message>
        <source>AGS: α&lt;sub&gt;c&lt;/sub&gt; = {value}</source>
        <translation>AGS : α&lt;sub&gt;c&lt;/sub&gt; = {value}</translation>
    </message>
    <message>
        <source>seed = {seed}</source>
        <extracomment>The sizes offered (width, height in pixels): slides 16:10, a square one, full HD. Text and lines of a 1000-pixel-high figure, relative to the window&apos;s: read from the back of a room.</extracomment>
        <translation>graine = {seed}</translation>
    </message>
</context>
</TS>
