import PowerMapGraphviz

/// The methods appendix: every formula a report's numbers come from, in the report's language.
/// Formulas are plain Unicode text, shown as code in both formats.
///
/// The appendix is a short form of the Rules article of the PowerMap documentation
/// (`Sources/PowerMap/PowerMap.docc/Rules.md`), and `MethodsAppendixRulesTests` holds the two
/// together: every rule of the article is an entry here under the same number and name ("## Rule 3:
/// Commitment viability" is "3. Commitment viability"), and every English formula line is a line of
/// the article. Change a rule in the article first, then here.
package struct MethodsAppendix: Sendable {
  /// One method: a heading, its formulas and a sentence on how to read it.
  package struct Entry: Sendable {
    /// The heading, numbered as the Rules article of the PowerMap documentation numbers the rules.
    package var title: String
    /// The formulas, one per line, in plain Unicode.
    package var formulas: [String]
    /// How to read the result.
    package var explanation: String
  }

  /// The entries, in the order the analysis applies them.
  package let entries: [Entry]

  /// The appendix in `language`.
  package init(_ language: MapLanguage) {
    let en = language == .en
    func l(_ english: String, _ spanish: String) -> String { en ? english : spanish }
    func entry(_ title: (String, String), _ formulas: [String], _ text: (String, String)) -> Entry {
      Entry(title: en ? title.0 : title.1, formulas: formulas, explanation: en ? text.0 : text.1)
    }
    entries = [
      entry(
        ("1. Dependency cascade → effective power", "1. Cascada de dependencias → poder efectivo"),
        [
          l(
            "loss_b = clamp(1 − p̂_b / p⁰_b, 0, 1)   (1 for a removed actor, 0 when p⁰_b = 0)",
            "loss_b = clamp(1 − p̂_b / p⁰_b, 0, 1)   (1 para un actor retirado, 0 si p⁰_b = 0)"),
          l(
            "p̂_a = p_a · Π_{a depends on b} (1 − w_ab · loss_b)   iterated to a fixpoint (|Δ| < 1e−12)",
            "p̂_a = p_a · Π_{a depende de b} (1 − w_ab · loss_b)   iterado hasta un punto fijo (|Δ| < 1e−12)"),
        ],
        (
          "An actor that depends on a weakened actor keeps only part of its power.",
          "Un actor que depende de otro debilitado conserva solo parte de su poder."
        )),
      entry(
        ("2. Effective stance (Friedkin–Johnsen)", "2. Postura efectiva (Friedkin–Johnsen)"),
        [
          l(
            "a_ji = Σ σ · w · p̂_j over the influence relations j → i between present actors",
            "a_ji = Σ σ · w · p̂_j sobre las relaciones de influencia j → i entre actores presentes"),
          l(
            "       (σ = −1 for conflict, else +1; alliance and conflict count in both directions)",
            "       (σ = −1 para conflicto, si no +1; alianza y conflicto cuentan en ambos sentidos)"),
          l(
            "d_i = p̂_i + Σ_k |a_ki|,  Ŵ_ij = a_ji / d_i,  r_i = p̂_i / d_i   (self-weight: its own power)",
            "d_i = p̂_i + Σ_k |a_ki|,  Ŵ_ij = a_ji / d_i,  r_i = p̂_i / d_i   (peso propio: su propio poder)"),
          l(
            "s(t+1) = θ ⊙ s(0) + (1 − θ) ⊙ (r ⊙ s(t) + Ŵ s(t))   until |Δ| < 1e−12;  clamp(s(∞), −1, 1)",
            "s(t+1) = θ ⊙ s(0) + (1 − θ) ⊙ (r ⊙ s(t) + Ŵ s(t))   hasta |Δ| < 1e−12;  clamp(s(∞), −1, 1)"),
          l(
            "s* from s(0) = s;  s*⁽ᶜ⁾ from s(0) = s⁽ᶜ⁾ (= s* when nobody declares a position on c)",
            "s* desde s(0) = s;  s*⁽ᶜ⁾ desde s(0) = s⁽ᶜ⁾ (= s* si nadie declara una posición sobre c)"),
        ],
        (
          "Stances move toward those of the actors who influence them, held back by each actor's stubbornness θ and weighed against its own power; actors nobody influences keep their stance. Each commitment on which an actor declares a position is an issue of its own over the same network.",
          "Las posturas se acercan a las de quienes influyen sobre cada actor, frenadas por su terquedad θ y contrapesadas por su propio poder; quien no recibe influencia conserva su postura. Cada compromiso sobre el que algún actor declara una posición es un tema propio sobre la misma red."
        )),
      entry(
        ("3. Commitment viability", "3. Viabilidad de los compromisos"),
        [
          l(
            "net_D = clamp(Σ_{i∈D} p̂_i q_i s*⁽ᶜ⁾_i / Σ_{i∈D} p⁰_i q⁰_i, −1, 1)   for D = authority, acceptance, ability",
            "net_D = clamp(Σ_{i∈D} p̂_i q_i s*⁽ᶜ⁾_i / Σ_{i∈D} p⁰_i q⁰_i, −1, 1)   para D = autoridad, aceptación, capacidad"
          ),
          "mitigation_o = clamp(Σ_m p̂_m q_m max(s*_m, 0) / Σ_m p⁰_m q⁰_m, 0, 1)",
          l(
            "opposition_o = clamp(Σ_h p̂_h q_h max(−s*_h, 0) / Σ_h p⁰_h q⁰_h, 0, 1)   (1 without holders)",
            "opposition_o = clamp(Σ_h p̂_h q_h max(−s*_h, 0) / Σ_h p⁰_h q⁰_h, 0, 1)   (1 sin quienes lo sostengan)"),
          "pressure_o = severity_o · (1 − mitigation_o) · opposition_o",
          l(
            "V_c = min_D net_D − Σ_{o blocks c} pressure_o   (−1 when the owner is removed)",
            "V_c = min_D net_D − Σ_{o bloquea c} pressure_o   (−1 si se retira el responsable)"),
          l(
            "viable: V ≥ threshold · at risk: 0 ≤ V < threshold · blocked: V < 0",
            "viable: V ≥ umbral · en riesgo: 0 ≤ V < umbral · bloqueado: V < 0"),
        ],
        (
          "A commitment needs the authority to decide, the acceptance of those affected and the ability to carry it out (Andrews, Pritchett and Woolcock's PDIA); it is as strong as its weakest dimension. Obstacles press in proportion to their holders' opposition, with no switch at stance 0.",
          "Un compromiso necesita autoridad para decidir, aceptación de los afectados y capacidad para ejecutarlo (PDIA de Andrews, Pritchett y Woolcock); vale lo que su dimensión más débil. Los obstáculos pesan en proporción a la oposición de quienes los sostienen, sin salto en la postura 0."
        )),
      entry(
        ("4. Support concentration", "4. Concentración del apoyo"),
        [
          l(
            "c_i = Σ over listings of i, each in its commitment c: p̂_i q_i max(s*⁽ᶜ⁾_i, 0)",
            "c_i = Σ sobre las menciones de i, cada una en su compromiso c: p̂_i q_i max(s*⁽ᶜ⁾_i, 0)"),
          l(
            "HHI = Σ_i (c_i / Σ_k c_k)²   per commitment and for the plan",
            "IHH = Σ_i (c_i / Σ_k c_k)²   por compromiso y para el plan"),
        ],
        (
          "Near 1: the plan rests on one actor (the 2016-2017 failure mode); near 1/n: support is spread.",
          "Cerca de 1: el plan descansa en un solo actor (la falla de 2016-2017); cerca de 1/n: el apoyo está repartido."
        )),
      entry(
        ("5. Network measures", "5. Medidas de red"),
        [
          l(
            "influence rank = PageRank of the reversed influence graph (α = 0.85, weighted)",
            "rango de influencia = PageRank del grafo de influencia invertido (α = 0.85, ponderado)"),
          l(
            "betweenness = Σ_{s≠v≠t} σ_st(v) / σ_st, normalised by (n−1)(n−2)   (sampled above 20,000 actors)",
            "intermediación = Σ_{s≠v≠t} σ_st(v) / σ_st, normalizada por (n−1)(n−2)   (muestreada desde 20,000 actores)"),
          l(
            "fragmentation F = 1 − Σ_{i≠j} reach_ij / (n(n−1))   (Borgatti)",
            "fragmentación F = 1 − Σ_{i≠j} reach_ij / (n(n−1))   (Borgatti)"),
        ],
        (
          "A cut point is an actor whose loss splits the network (ignoring direction); fragmentation is the share of ordered pairs of actors that cannot reach each other.",
          "Un punto de corte es un actor cuya pérdida divide la red (sin considerar la dirección); la fragmentación es la proporción de pares ordenados de actores que no pueden alcanzarse."
        )),
      entry(
        ("6. Grids and classes", "6. Matrices y clases"),
        [
          l(
            "quadrant (Mendelow): power and interest cut at 0.5",
            "cuadrante (Mendelow): poder e interés con corte en 0.5"),
          l(
            "salience (Mitchell, Agle & Wood): power, legitimacy, urgency each present when ≥ 0.5",
            "prominencia (Mitchell, Agle y Wood): poder, legitimidad y urgencia presentes si ≥ 0.5"),
        ],
        (
          "Manage closely the actors with high power and high interest.",
          "Gestionar de cerca a los actores con mucho poder y mucho interés."
        )),
      entry(
        ("7. MACTOR (Godet)", "7. MACTOR (Godet)"),
        [
          l(
            "MID_ij = round(4 · w) of the strongest positive influence relation i → j",
            "MID_ij = round(4 · w) de la relación de influencia positiva más fuerte i → j"),
          "MIDI = MID + Σ_k min(MID_ik, MID_kj)",
          l(
            "M_i = Σ_j MIDI_ij,  D_i = Σ_j MIDI_ji   (row and column sums, diagonal included)",
            "M_i = Σ_j MIDI_ij,  D_i = Σ_j MIDI_ji   (sumas de fila y columna, con la diagonal)"),
          "r_i = ((M_i − MIDI_ii) / Σ M_k) · (M_i / (M_i + D_i));  r*_i = n · r_i / Σ r",
          l(
            "I_i = M_i − MIDI_ii,  D'_i = D_i − MIDI_ii   (the table's influence and dependence)",
            "I_i = M_i − MIDI_ii,  D'_i = D_i − MIDI_ii   (la influencia y la dependencia de la tabla)"),
          l(
            "2MAO_ic = round(4 · s*⁽ᶜ⁾_i · q_i);  mobilisation = Σ± 2MAO · r*",
            "2MAO_ic = round(4 · s*⁽ᶜ⁾_i · q_i);  movilización = Σ± 2MAO · r*"),
        ],
        (
          "r* above 1: an actor stronger than the average, counting indirect influence.",
          "r* mayor que 1: un actor más fuerte que el promedio, contando la influencia indirecta."
        )),
      entry(
        ("8. Transition risk", "8. Riesgo de transición"),
        [
          l("ΔV_c = V_c after − V_c before", "ΔV_c = V_c después − V_c antes"),
          l(
            "driver effect of actor i = V_c after − V_c after with i's values restored",
            "efecto del actor i = V_c después − V_c después con los valores de i restituidos"),
        ],
        (
          "The last column of a scenario's table names the steps whose omission alone gives back the status before the scenario.",
          "La última columna de la tabla de un escenario nombra los pasos cuya sola omisión devuelve el estado previo al escenario."
        )),
      entry(
        ("9. Loss of an ally", "9. Pérdida de un aliado"),
        [
          l(
            "for each actor: remove it, then statusChanges = #{c : status worse}, ΔΣV = Σ V after − Σ V before",
            "para cada actor: retirarlo; statusChanges = #{c : estado peor}, ΔΣV = Σ V después − Σ V antes"),
          l(
            "improved = {c : status better}   (a loss can help)",
            "improved = {c : estado mejor}   (una pérdida puede ayudar)"),
          l(
            "ranked by statusChanges (most first), then ΔΣV (most negative first)",
            "orden: statusChanges (de más a menos), luego ΔΣV (el más negativo primero)"),
        ],
        (
          "The top of the ranking are the allies the plan cannot afford to lose; a loss that helps is shown with the commitments it improves.",
          "Los primeros de la lista son los aliados que el plan no puede perder; una pérdida que ayuda se muestra con los compromisos que mejora."
        )),
      entry(
        ("10. Monte Carlo", "10. Monte Carlo"),
        [
          l(
            "ε_i ~ N(0, uncertainty_i);  s_i and each declared position of i: clamp(· + ε_i, −1, 1)",
            "ε_i ~ N(0, incertidumbre_i);  s_i y cada posición declarada de i: clamp(· + ε_i, −1, 1)"),
          l("each step happens with its probability", "cada paso ocurre con su probabilidad"),
          l(
            "the denominators of rule 3 keep the model's values, without noise",
            "los denominadores de la regla 3 usan los valores del modelo, sin ruido"),
          l(
            "P(viable) = #{k : V_k ≥ threshold} / N;  V 5 % and V 95 %: nearest-rank percentiles",
            "P(viable) = #{k : V_k ≥ umbral} / N;  V 5 % y V 95 %: percentiles de rango más cercano"),
        ],
        (
          "With or without a scenario. Sample k draws from a generator seeded by (seed, k): the figures do not depend on the number of cores.",
          "Con o sin escenario. La muestra k usa un generador sembrado con (semilla, k): las cifras no dependen del número de núcleos."
        )),
      entry(
        ("11. What would it take (advise)", "11. Qué haría falta (advise)"),
        [
          l(
            "engagement (commitment scope):  shift {actor i, commitment c, stance +δ}",
            "compromiso (alcance del compromiso):  shift {actor i, commitment c, stance +δ}"),
          l(
            "engagement (general scope):     shift {actor i, stance +δ}   (its stance and every position)",
            "compromiso (alcance general):  shift {actor i, stance +δ}   (su postura y cada posición)"),
          l(
            "δ ∈ {0.01, 0.02, …, 2.00}: the smallest with V_c ≥ threshold_c",
            "δ ∈ {0,01; 0,02; …; 2,00}: el menor con V_c ≥ umbral_c"),
        ],
        (
          "Every grid value is tried in order, so the shift given is the smallest that works; recruitments append one actor to one need of the commitment.",
          "Se prueban todos los valores en orden, así que el cambio dado es el menor que funciona; las incorporaciones añaden un actor a una necesidad del compromiso."
        )),
    ]
  }
}
