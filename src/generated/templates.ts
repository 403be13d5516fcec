// Generated from templates/**/*.hbs by scripts/gen-templates.mjs. Do not edit: run `npm run gen:templates`.
// @ts-nocheck
// Handlebars 4.7.10 template specs, keyed by the path below templates/.
export const TEMPLATE_SPECS = {
  "appconfig/completeness.md.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"completeness.intro",{"name":"tr","hash":{"components":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"components") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":4,"column":89},"end":{"line":4,"column":105}}}),"services":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"services") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":4,"column":63},"end":{"line":4,"column":77}}}),"incomplete":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"incomplete") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":4,"column":37},"end":{"line":4,"column":53}}})},"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":107}}})) != null ? stack1 : "")
    + "\n\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.agency",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":6,"column":24}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.services",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":6,"column":27},"end":{"line":6,"column":51}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"completeness.incomplete",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":6,"column":54},"end":{"line":6,"column":86}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.missingComponents",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":6,"column":89},"end":{"line":6,"column":122}}})) != null ? stack1 : "")
    + " |\n|---|---:|---:|---:|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"agencies") : depth0),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":10,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"agencies") : depth0),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":22,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"name") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":2},"end":{"line":9,"column":13}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"services") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":9,"column":16},"end":{"line":9,"column":32}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"incomplete") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":9,"column":35},"end":{"line":9,"column":53}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"components") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":9,"column":56},"end":{"line":9,"column":74}}})) != null ? stack1 : "")
    + " |\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"entries") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":21,"column":7}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n## "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"name") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":14,"column":3},"end":{"line":14,"column":14}}})) != null ? stack1 : "")
    + "\n\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.service",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":16,"column":2},"end":{"line":16,"column":25}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.missingComponents",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":16,"column":28},"end":{"line":16,"column":61}}})) != null ? stack1 : "")
    + " |\n|---|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"entries") : depth0),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":0},"end":{"line":20,"column":9}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"serviceName") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":19,"column":2},"end":{"line":19,"column":20}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"labelsText") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":19,"column":23},"end":{"line":19,"column":40}}})) != null ? stack1 : "")
    + " |\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"appconfig.missing.noServices",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":24,"column":37}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(alias1,"completeness.title",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":1,"column":2},"end":{"line":1,"column":29}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"services") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":25,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  "appconfig/component.md.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "_"
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"appconfig.component.notSet",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":2,"column":1},"end":{"line":2,"column":36}}})) != null ? stack1 : "")
    + "_\n";
},"1":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"items") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.program(6, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":9,"column":0}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"items") : depth0),{"name":"each","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":6,"column":9}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(depths[1] != null ? lookupProperty(depths[1],"ordered") : depths[1]),{"name":"if","hash":{},"fn":container.program(4, data, 0, blockParams, depths),"inverse":container.program(5, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":36}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(alias1,depth0,{"name":"md","hash":{},"data":data,"loc":{"start":{"line":5,"column":37},"end":{"line":5,"column":48}}})) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    return "1.";
},"5":function(container,depth0,helpers,partials,data) {
    return "-";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"text") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":8,"column":11}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"missing") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.program(1, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "");
},"useData":true,"useDepths":true},
  "appconfig/standard-index.md.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"agencyName") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":8,"column":2},"end":{"line":8,"column":19}}})) != null ? stack1 : "")
    + " | ["
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"name") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":8,"column":23},"end":{"line":8,"column":34}}})) != null ? stack1 : "")
    + "]("
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"href") || (depth0 != null ? lookupProperty(depth0,"href") : depth0)) != null ? helper : alias2),(typeof helper === "function" ? helper.call(alias1,{"name":"href","hash":{},"data":data,"loc":{"start":{"line":8,"column":36},"end":{"line":8,"column":46}}}) : helper))) != null ? stack1 : "")
    + ") | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"feeText") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":8,"column":50},"end":{"line":8,"column":64}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"missingCount") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":8,"column":67},"end":{"line":8,"column":87}}})) != null ? stack1 : "")
    + " |\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"appconfig.page.indexTitle",{"name":"tr","hash":{"mpp":(lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"mpp") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":1,"column":39},"end":{"line":1,"column":47}}})},"data":data,"loc":{"start":{"line":1,"column":2},"end":{"line":1,"column":49}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"appconfig.page.indexIntro",{"name":"tr","hash":{"mpp":(lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"mpp") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":3,"column":37},"end":{"line":3,"column":45}}})},"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":47}}})) != null ? stack1 : "")
    + "\n\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"appconfig.page.agency",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":5,"column":2},"end":{"line":5,"column":32}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"appconfig.page.service",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":5,"column":35},"end":{"line":5,"column":66}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"appconfig.page.fee",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":5,"column":69},"end":{"line":5,"column":96}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"appconfig.page.missingCount",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":5,"column":99},"end":{"line":5,"column":135}}})) != null ? stack1 : "")
    + " |\n| --- | --- | --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"services") : depth0),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":9}}})) != null ? stack1 : "")
    + "\n## "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(lookupProperty(helpers,"loc")||(depth0 && lookupProperty(depth0,"loc"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"pledge") : depth0)) != null ? lookupProperty(stack1,"title") : stack1),{"name":"loc","hash":{},"data":data,"loc":{"start":{"line":11,"column":8},"end":{"line":11,"column":26}}}),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":11,"column":3},"end":{"line":11,"column":28}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(lookupProperty(helpers,"loc")||(depth0 && lookupProperty(depth0,"loc"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"pledge") : depth0)) != null ? lookupProperty(stack1,"text") : stack1),{"name":"loc","hash":{},"data":data,"loc":{"start":{"line":13,"column":5},"end":{"line":13,"column":22}}}),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":24}}})) != null ? stack1 : "")
    + "\n";
},"useData":true},
  "appconfig/standard-service.md.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n> "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"appconfig.page.estimate",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":6,"column":34}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n> "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"appconfig.page.missingNote",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":10,"column":2},"end":{"line":10,"column":37}}})) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n### "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"label") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":16,"column":4},"end":{"line":16,"column":16}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"appconfigComponent"),depth0,{"name":"appconfigComponent","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(alias1,(depth0 != null ? lookupProperty(depth0,"label") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":32,"column":2},"end":{"line":32,"column":14}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"value") : depth0),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":32,"column":14},"end":{"line":32,"column":48}}})) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ": "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"value") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":32,"column":29},"end":{"line":32,"column":41}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"service") : depth0)) != null ? lookupProperty(stack1,"name") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":1,"column":2},"end":{"line":1,"column":21}}})) != null ? stack1 : "")
    + "\n\n**"
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"appconfig.page.agency",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":3,"column":2},"end":{"line":3,"column":32}}})) != null ? stack1 : "")
    + ":** "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"service") : depth0)) != null ? lookupProperty(stack1,"agencyName") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":3,"column":36},"end":{"line":3,"column":61}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"service") : depth0)) != null ? lookupProperty(stack1,"estimate") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":7,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"service") : depth0)) != null ? lookupProperty(stack1,"missingCount") : stack1),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "")
    + "\n## "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"appconfig.page.delivery",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":13,"column":3},"end":{"line":13,"column":35}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"service") : depth0)) != null ? lookupProperty(stack1,"delivery") : stack1),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":19,"column":9}}})) != null ? stack1 : "")
    + "\n## "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"appconfig.page.management",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":21,"column":3},"end":{"line":21,"column":37}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"service") : depth0)) != null ? lookupProperty(stack1,"management") : stack1),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":27,"column":9}}})) != null ? stack1 : "")
    + "\n## "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"appconfig.page.complaintChannels",{"name":"tr","hash":{"mpp":(lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"mpp") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":29,"column":47},"end":{"line":29,"column":55}}})},"data":data,"loc":{"start":{"line":29,"column":3},"end":{"line":29,"column":57}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"channels") : depth0),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":33,"column":9}}})) != null ? stack1 : "")
    + "\n["
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"appconfig.page.back",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":35,"column":1},"end":{"line":35,"column":29}}})) != null ? stack1 : "")
    + "](../index.md)\n";
},"usePartial":true,"useData":true},
  "checklist/checklist.html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"operating\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"operating") || (depth0 != null ? lookupProperty(depth0,"operating") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"operating","hash":{},"data":data,"loc":{"start":{"line":42,"column":38},"end":{"line":42,"column":51}}}) : helper)))
    + "</p>";
},"1":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<h2>"
    + alias4(((helper = (helper = lookupProperty(helpers,"no") || (depth0 != null ? lookupProperty(depth0,"no") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"no","hash":{},"data":data,"loc":{"start":{"line":45,"column":4},"end":{"line":45,"column":10}}}) : helper)))
    + ". "
    + alias4(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":45,"column":12},"end":{"line":45,"column":21}}}) : helper)))
    + "</h2>\n<p class=\"phase-line\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"line") || (depth0 != null ? lookupProperty(depth0,"line") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"line","hash":{},"data":data,"loc":{"start":{"line":46,"column":22},"end":{"line":46,"column":30}}}) : helper)))
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"rows") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":47,"column":0},"end":{"line":92,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.lambda, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<table>\n<colgroup><col class=\"no\"><col class=\"act\"><col class=\"owner\"><col class=\"basis\"><col class=\"due\"><col class=\"status\"></colgroup>\n<thead><tr><th>"
    + alias2(alias1(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"labels"))) && lookupProperty(stack1,"no")), depth0))
    + "</th><th>"
    + alias2(alias1(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"labels"))) && lookupProperty(stack1,"activity")), depth0))
    + " / "
    + alias2(alias1(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"labels"))) && lookupProperty(stack1,"evidence")), depth0))
    + "</th><th>"
    + alias2(alias1(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"labels"))) && lookupProperty(stack1,"owner")), depth0))
    + "</th><th>"
    + alias2(alias1(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"labels"))) && lookupProperty(stack1,"legalBasis")), depth0))
    + "</th><th>"
    + alias2(alias1(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"labels"))) && lookupProperty(stack1,"due")), depth0))
    + "</th><th>"
    + alias2(alias1(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"labels"))) && lookupProperty(stack1,"status")), depth0))
    + "</th></tr></thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"groups") : depth0),{"name":"each","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":52,"column":0},"end":{"line":89,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n";
},"3":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"grouped") : depth0),{"name":"if","hash":{},"fn":container.program(4, data, 0, blockParams, depths),"inverse":container.program(16, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":53,"column":0},"end":{"line":88,"column":7}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.lambda, alias2=container.escapeExpression, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr class=\"group\">\n<td></td>\n<td><strong>"
    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"header") : depth0)) != null ? lookupProperty(stack1,"activity") : stack1), depth0))
    + "</strong> <span class=\"d\">("
    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"header") : depth0)) != null ? lookupProperty(stack1,"label") : stack1), depth0))
    + ", "
    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"header") : depth0)) != null ? lookupProperty(stack1,"count") : stack1), depth0))
    + ")</span>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,((stack1 = (depth0 != null ? lookupProperty(depth0,"header") : depth0)) != null ? lookupProperty(stack1,"blocking") : stack1),{"name":"if","hash":{},"fn":container.program(5, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":56,"column":100},"end":{"line":56,"column":198}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,((stack1 = (depth0 != null ? lookupProperty(depth0,"header") : depth0)) != null ? lookupProperty(stack1,"details") : stack1),{"name":"each","hash":{},"fn":container.program(6, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":57,"column":0},"end":{"line":57,"column":62}}})) != null ? stack1 : "")
    + "\n<div class=\"d\">"
    + alias2(alias1(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"labels"))) && lookupProperty(stack1,"evidence")), depth0))
    + ": "
    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"header") : depth0)) != null ? lookupProperty(stack1,"evidence") : stack1), depth0))
    + "</div></td>\n<td>"
    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"header") : depth0)) != null ? lookupProperty(stack1,"owner") : stack1), depth0))
    + "</td>\n<td>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,((stack1 = (depth0 != null ? lookupProperty(depth0,"header") : depth0)) != null ? lookupProperty(stack1,"legalBasis") : stack1),{"name":"each","hash":{},"fn":container.program(7, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":60,"column":4},"end":{"line":60,"column":52}}})) != null ? stack1 : "")
    + "</td>\n<td>"
    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"header") : depth0)) != null ? lookupProperty(stack1,"due") : stack1), depth0))
    + "</td>\n<td></td>\n</tr>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,(depth0 != null ? lookupProperty(depth0,"rows") : depth0),{"name":"each","hash":{},"fn":container.program(8, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":64,"column":0},"end":{"line":73,"column":9}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " <span class=\"blocking\">&#9679; "
    + container.escapeExpression(container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"labels"))) && lookupProperty(stack1,"blocksLaunch")), depth0))
    + "</span>";
},"6":function(container,depth0,helpers,partials,data) {
    return "<div class=\"d\">"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</div>";
},"7":function(container,depth0,helpers,partials,data) {
    return container.escapeExpression(container.lambda(depth0, depth0))
    + "<br>";
},"8":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr class=\"sub"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,(depth0 != null ? lookupProperty(depth0,"applies") : depth0),{"name":"unless","hash":{},"fn":container.program(9, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":65,"column":14},"end":{"line":65,"column":52}}})) != null ? stack1 : "")
    + "\" data-item=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"id") || (depth0 != null ? lookupProperty(depth0,"id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":65,"column":65},"end":{"line":65,"column":71}}}) : helper)))
    + "\">\n<td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"no") || (depth0 != null ? lookupProperty(depth0,"no") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"no","hash":{},"data":data,"loc":{"start":{"line":66,"column":4},"end":{"line":66,"column":10}}}) : helper)))
    + "</td>\n<td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"subject") || (depth0 != null ? lookupProperty(depth0,"subject") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"subject","hash":{},"data":data,"loc":{"start":{"line":67,"column":4},"end":{"line":67,"column":15}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"shortDetails") : depth0),{"name":"each","hash":{},"fn":container.program(10, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":67,"column":15},"end":{"line":67,"column":96}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"evidenceGiven") : depth0),{"name":"if","hash":{},"fn":container.program(11, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":67,"column":96},"end":{"line":67,"column":194}}})) != null ? stack1 : "")
    + " <span class=\"code\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"id") || (depth0 != null ? lookupProperty(depth0,"id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":67,"column":214},"end":{"line":67,"column":220}}}) : helper)))
    + "</span></td>\n<td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"owner") || (depth0 != null ? lookupProperty(depth0,"owner") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"owner","hash":{},"data":data,"loc":{"start":{"line":68,"column":4},"end":{"line":68,"column":13}}}) : helper)))
    + "</td>\n<td></td>\n<td>"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,((stack1 = (depths[1] != null ? lookupProperty(depths[1],"header") : depths[1])) != null ? lookupProperty(stack1,"due") : stack1),{"name":"unless","hash":{},"fn":container.program(12, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":70,"column":4},"end":{"line":70,"column":47}}})) != null ? stack1 : "")
    + "</td>\n<td><span class=\"status-"
    + alias4(((helper = (helper = lookupProperty(helpers,"rawStatus") || (depth0 != null ? lookupProperty(depth0,"rawStatus") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"rawStatus","hash":{},"data":data,"loc":{"start":{"line":71,"column":24},"end":{"line":71,"column":37}}}) : helper)))
    + "\"><span class=\"box\"></span>"
    + alias4(((helper = (helper = lookupProperty(helpers,"status") || (depth0 != null ? lookupProperty(depth0,"status") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":71,"column":64},"end":{"line":71,"column":74}}}) : helper)))
    + "</span>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"reviewer") : depth0),{"name":"if","hash":{},"fn":container.program(13, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":71,"column":81},"end":{"line":71,"column":169}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"notes") : depth0),{"name":"if","hash":{},"fn":container.program(15, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":71,"column":169},"end":{"line":71,"column":243}}})) != null ? stack1 : "")
    + "</td>\n</tr>\n";
},"9":function(container,depth0,helpers,partials,data) {
    return " retired";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(data && lookupProperty(data,"index")),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":67,"column":37},"end":{"line":67,"column":87}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"d\">"
    + alias1(container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"labels"))) && lookupProperty(stack1,"evidenceGiven")), depth0))
    + ": "
    + alias1(((helper = (helper = lookupProperty(helpers,"evidenceGiven") || (depth0 != null ? lookupProperty(depth0,"evidenceGiven") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"evidenceGiven","hash":{},"data":data,"loc":{"start":{"line":67,"column":164},"end":{"line":67,"column":181}}}) : helper)))
    + "</div>";
},"12":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(((helper = (helper = lookupProperty(helpers,"due") || (depth0 != null ? lookupProperty(depth0,"due") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"due","hash":{},"data":data,"loc":{"start":{"line":70,"column":29},"end":{"line":70,"column":36}}}) : helper)));
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"d"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"verified") : depth0),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":71,"column":110},"end":{"line":71,"column":142}}})) != null ? stack1 : "")
    + "\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"reviewer") || (depth0 != null ? lookupProperty(depth0,"reviewer") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(alias1,{"name":"reviewer","hash":{},"data":data,"loc":{"start":{"line":71,"column":144},"end":{"line":71,"column":156}}}) : helper)))
    + "</div>";
},"14":function(container,depth0,helpers,partials,data) {
    return " verified";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"d\">"
    + alias1(container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"labels"))) && lookupProperty(stack1,"notes")), depth0))
    + ": "
    + alias1(((helper = (helper = lookupProperty(helpers,"notes") || (depth0 != null ? lookupProperty(depth0,"notes") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"notes","hash":{},"data":data,"loc":{"start":{"line":71,"column":221},"end":{"line":71,"column":230}}}) : helper)))
    + "</div>";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"rows") : depth0),{"name":"each","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":75,"column":0},"end":{"line":87,"column":9}}})) != null ? stack1 : "");
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr class=\""
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,(depth0 != null ? lookupProperty(depth0,"applies") : depth0),{"name":"unless","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":76,"column":11},"end":{"line":76,"column":48}}})) != null ? stack1 : "")
    + "\" data-item=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"id") || (depth0 != null ? lookupProperty(depth0,"id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":76,"column":61},"end":{"line":76,"column":67}}}) : helper)))
    + "\">\n<td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"no") || (depth0 != null ? lookupProperty(depth0,"no") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"no","hash":{},"data":data,"loc":{"start":{"line":77,"column":4},"end":{"line":77,"column":10}}}) : helper)))
    + "</td>\n<td><strong>"
    + alias4(((helper = (helper = lookupProperty(helpers,"activity") || (depth0 != null ? lookupProperty(depth0,"activity") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"activity","hash":{},"data":data,"loc":{"start":{"line":78,"column":12},"end":{"line":78,"column":24}}}) : helper)))
    + "</strong>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"blocking") : depth0),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":78,"column":33},"end":{"line":78,"column":154}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"shortDetails") : depth0),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":79,"column":0},"end":{"line":79,"column":60}}})) != null ? stack1 : "")
    + "\n<div class=\"d\">"
    + alias4(container.lambda(((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"labels"))) && lookupProperty(stack1,"evidence")), depth0))
    + ": "
    + alias4(((helper = (helper = lookupProperty(helpers,"evidence") || (depth0 != null ? lookupProperty(depth0,"evidence") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"evidence","hash":{},"data":data,"loc":{"start":{"line":80,"column":42},"end":{"line":80,"column":54}}}) : helper)))
    + "</div>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"evidenceGiven") : depth0),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":80,"column":60},"end":{"line":80,"column":158}}})) != null ? stack1 : "")
    + "\n<span class=\"code\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"id") || (depth0 != null ? lookupProperty(depth0,"id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":81,"column":19},"end":{"line":81,"column":25}}}) : helper)))
    + "</span></td>\n<td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"owner") || (depth0 != null ? lookupProperty(depth0,"owner") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"owner","hash":{},"data":data,"loc":{"start":{"line":82,"column":4},"end":{"line":82,"column":13}}}) : helper)))
    + "</td>\n<td>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"legalBasis") : depth0),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":83,"column":4},"end":{"line":83,"column":45}}})) != null ? stack1 : "")
    + "</td>\n<td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"due") || (depth0 != null ? lookupProperty(depth0,"due") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"due","hash":{},"data":data,"loc":{"start":{"line":84,"column":4},"end":{"line":84,"column":11}}}) : helper)))
    + "</td>\n<td><span class=\"status-"
    + alias4(((helper = (helper = lookupProperty(helpers,"rawStatus") || (depth0 != null ? lookupProperty(depth0,"rawStatus") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"rawStatus","hash":{},"data":data,"loc":{"start":{"line":85,"column":24},"end":{"line":85,"column":37}}}) : helper)))
    + "\"><span class=\"box\"></span>"
    + alias4(((helper = (helper = lookupProperty(helpers,"status") || (depth0 != null ? lookupProperty(depth0,"status") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":85,"column":64},"end":{"line":85,"column":74}}}) : helper)))
    + "</span>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"reviewer") : depth0),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":85,"column":81},"end":{"line":85,"column":169}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"notes") : depth0),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":85,"column":169},"end":{"line":85,"column":243}}})) != null ? stack1 : "")
    + "</td>\n</tr>\n";
},"18":function(container,depth0,helpers,partials,data) {
    return "retired";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"confirm") : depth0),{"name":"unless","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":78,"column":49},"end":{"line":78,"column":147}}})) != null ? stack1 : "");
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li><strong>"
    + alias4(((helper = (helper = lookupProperty(helpers,"label") || (depth0 != null ? lookupProperty(depth0,"label") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":98,"column":12},"end":{"line":98,"column":21}}}) : helper)))
    + "</strong>, "
    + alias4(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":98,"column":32},"end":{"line":98,"column":41}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"caveat") : depth0),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":98,"column":41},"end":{"line":98,"column":75}}})) != null ? stack1 : "")
    + "</li>\n";
},"21":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"caveat") || (depth0 != null ? lookupProperty(depth0,"caveat") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"caveat","hash":{},"data":data,"loc":{"start":{"line":98,"column":57},"end":{"line":98,"column":67}}}) : helper)))
    + ")";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<!DOCTYPE html>\n<html lang=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"lang") || (depth0 != null ? lookupProperty(depth0,"lang") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"lang","hash":{},"data":data,"loc":{"start":{"line":2,"column":12},"end":{"line":2,"column":20}}}) : helper)))
    + "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
    + alias4(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":6,"column":7},"end":{"line":6,"column":16}}}) : helper)))
    + "</title>\n<style>\n  @page { size: A4; margin: 10mm 9mm; }\n  * { box-sizing: border-box; }\n  body { font-family: \"Segoe UI\", Arial, Helvetica, sans-serif; font-size: 8.5pt; color: #111; margin: 0 auto; max-width: 277mm; padding: 6mm; line-height: 1.25; }\n  h1 { font-size: 14pt; margin: 0 0 3pt; }\n  h2 { font-size: 10.5pt; margin: 9pt 0 2pt; border-bottom: 1.2pt solid #1f4e79; color: #1f4e79; }\n  p { margin: 2pt 0; }\n  .summary { font-weight: bold; }\n  .operating { border-left: 2.5pt solid #1f4e79; padding-left: 4pt; }\n  .phase-line { color: #444; font-size: 8pt; margin: 0 0 2pt; }\n  table { width: 100%; border-collapse: collapse; table-layout: fixed; }\n  th, td { border: 0.4pt solid #999; padding: 1.5pt 3pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; }\n  thead { display: table-header-group; }\n  th { background: #e8eef5; font-size: 7.5pt; }\n  tr { break-inside: avoid; page-break-inside: avoid; }\n  col.no { width: 4.5%; } col.act { width: 49.5%; } col.owner { width: 12%; } col.basis { width: 13%; } col.due { width: 10.5%; } col.status { width: 10.5%; }\n  .d { color: #333; font-size: 7.5pt; }\n  .code { font-family: \"Courier New\", monospace; font-size: 7pt; color: #555; }\n  .blocking { font-weight: bold; color: #8b0000; }\n  .group td { background: #f4f6f9; }\n  .sub td:nth-child(2) { padding-left: 9pt; }\n  .status-selesai { color: #0b6b2b; font-weight: bold; }\n  .status-tidak-berlaku, tr.retired td { color: #777; }\n  .verified { color: #0b6b2b; }\n  .box { display: inline-block; width: 7.5pt; height: 7.5pt; border: 0.7pt solid #333; margin-right: 2pt; vertical-align: -1pt; }\n  .rules { columns: 2; column-gap: 8mm; padding-left: 10pt; margin: 2pt 0; font-size: 7.5pt; }\n  .rules li { margin-bottom: 1pt; break-inside: avoid; }\n  @media print { body { padding: 0; max-width: none; } h2 { break-after: avoid; page-break-after: avoid; } }\n</style>\n</head>\n<body>\n<h1>"
    + alias4(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":38,"column":4},"end":{"line":38,"column":13}}}) : helper)))
    + "</h1>\n<p>"
    + alias4(((helper = (helper = lookupProperty(helpers,"intro") || (depth0 != null ? lookupProperty(depth0,"intro") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"intro","hash":{},"data":data,"loc":{"start":{"line":39,"column":3},"end":{"line":39,"column":12}}}) : helper)))
    + "</p>\n<p>"
    + alias4(((helper = (helper = lookupProperty(helpers,"organiser") || (depth0 != null ? lookupProperty(depth0,"organiser") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"organiser","hash":{},"data":data,"loc":{"start":{"line":40,"column":3},"end":{"line":40,"column":16}}}) : helper)))
    + "</p>\n<p>"
    + alias4(((helper = (helper = lookupProperty(helpers,"launch") || (depth0 != null ? lookupProperty(depth0,"launch") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"launch","hash":{},"data":data,"loc":{"start":{"line":41,"column":3},"end":{"line":41,"column":13}}}) : helper)))
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"operating") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":42,"column":0},"end":{"line":42,"column":62}}})) != null ? stack1 : "")
    + "\n<p class=\"summary\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"summaryLine") || (depth0 != null ? lookupProperty(depth0,"summaryLine") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"summaryLine","hash":{},"data":data,"loc":{"start":{"line":43,"column":19},"end":{"line":43,"column":34}}}) : helper)))
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"phases") : depth0),{"name":"each","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":0},"end":{"line":93,"column":9}}})) != null ? stack1 : "")
    + "<h2>"
    + alias4(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"labels") : depth0)) != null ? lookupProperty(stack1,"rulesTitle") : stack1), depth0))
    + "</h2>\n<p class=\"phase-line\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"rulesNote") || (depth0 != null ? lookupProperty(depth0,"rulesNote") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"rulesNote","hash":{},"data":data,"loc":{"start":{"line":95,"column":22},"end":{"line":95,"column":35}}}) : helper)))
    + "</p>\n<ul class=\"rules\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"rules") : depth0),{"name":"each","hash":{},"fn":container.program(20, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":97,"column":0},"end":{"line":99,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n</body>\n</html>\n";
},"useData":true,"useDepths":true},
  "checklist/checklist.md.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"operating") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":16}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"no") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":16,"column":3},"end":{"line":16,"column":13}}})) != null ? stack1 : "")
    + ". "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"title") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":16,"column":15},"end":{"line":16,"column":27}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"line") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":18,"column":0},"end":{"line":18,"column":11}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"rows") : depth0),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":44,"column":9}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"no") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":21,"column":4},"end":{"line":21,"column":14}}})) != null ? stack1 : "")
    + ". "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"activity") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":21,"column":16},"end":{"line":21,"column":31}}})) != null ? stack1 : "")
    + "\n\n- "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"labels"))) && lookupProperty(stack1,"status")),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":23,"column":2},"end":{"line":23,"column":28}}})) != null ? stack1 : "")
    + ": **"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"status") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":23,"column":32},"end":{"line":23,"column":45}}})) != null ? stack1 : "")
    + "**\n- "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"labels"))) && lookupProperty(stack1,"due")),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":24,"column":2},"end":{"line":24,"column":25}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"due") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":24,"column":27},"end":{"line":24,"column":37}}})) != null ? stack1 : "")
    + "\n- "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"labels"))) && lookupProperty(stack1,"blocksLaunch")),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":25,"column":2},"end":{"line":25,"column":34}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"blocksLaunch") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":25,"column":36},"end":{"line":25,"column":55}}})) != null ? stack1 : "")
    + "\n- "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"labels"))) && lookupProperty(stack1,"owner")),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":26,"column":2},"end":{"line":26,"column":27}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"owner") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":26,"column":29},"end":{"line":26,"column":41}}})) != null ? stack1 : "")
    + "\n- "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"labels"))) && lookupProperty(stack1,"evidence")),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":27,"column":2},"end":{"line":27,"column":30}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"evidence") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":27,"column":32},"end":{"line":27,"column":47}}})) != null ? stack1 : "")
    + "\n- "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"labels"))) && lookupProperty(stack1,"legalBasis")),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":28,"column":2},"end":{"line":28,"column":32}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"legalBasis") : depth0),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":34},"end":{"line":28,"column":97}}})) != null ? stack1 : "")
    + "\n- "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"labels"))) && lookupProperty(stack1,"id")),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":29,"column":2},"end":{"line":29,"column":24}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"id") : depth0),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":29,"column":26},"end":{"line":29,"column":37}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"evidenceGiven") : depth0),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":0},"end":{"line":32,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"reviewer") : depth0),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":0},"end":{"line":35,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"details") : depth0),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":36,"column":0},"end":{"line":38,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"notes") : depth0),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":0},"end":{"line":42,"column":7}}})) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(data && lookupProperty(data,"index")),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":54},"end":{"line":28,"column":77}}})) != null ? stack1 : "")
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(alias1,depth0,{"name":"md","hash":{},"data":data,"loc":{"start":{"line":28,"column":77},"end":{"line":28,"column":88}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    return "; ";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"labels"))) && lookupProperty(stack1,"evidenceGiven")),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":31,"column":2},"end":{"line":31,"column":35}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"evidenceGiven") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":31,"column":37},"end":{"line":31,"column":57}}})) != null ? stack1 : "")
    + "\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"labels"))) && lookupProperty(stack1,"reviewer")),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":34,"column":2},"end":{"line":34,"column":30}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"reviewer") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":34,"column":32},"end":{"line":34,"column":47}}})) != null ? stack1 : "")
    + "\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  - "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"md","hash":{},"data":data,"loc":{"start":{"line":37,"column":4},"end":{"line":37,"column":15}}})) != null ? stack1 : "")
    + "\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"labels"))) && lookupProperty(stack1,"notes")),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":41,"column":0},"end":{"line":41,"column":25}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"notes") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":41,"column":27},"end":{"line":41,"column":39}}})) != null ? stack1 : "")
    + "\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"label") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":51,"column":4},"end":{"line":51,"column":16}}})) != null ? stack1 : "")
    + "**, "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"title") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":51,"column":20},"end":{"line":51,"column":32}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"caveat") : depth0),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":51,"column":32},"end":{"line":51,"column":69}}})) != null ? stack1 : "")
    + "\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"caveat") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":51,"column":48},"end":{"line":51,"column":61}}})) != null ? stack1 : "")
    + ")";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"title") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":1,"column":2},"end":{"line":1,"column":14}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"intro") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":12}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"organiser") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":16}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"launch") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":13}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"operating") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "")
    + "\n**"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"summaryLine") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":2},"end":{"line":13,"column":20}}})) != null ? stack1 : "")
    + "**\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"phases") : depth0),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":45,"column":9}}})) != null ? stack1 : "")
    + "## "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"labels") : depth0)) != null ? lookupProperty(stack1,"rulesTitle") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":46,"column":3},"end":{"line":46,"column":27}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"rulesNote") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":48,"column":0},"end":{"line":48,"column":16}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"rules") : depth0),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":50,"column":0},"end":{"line":52,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  "deployment/README.md.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"region") : depth0)) != null ? lookupProperty(stack1,"mpp") : stack1)) != null ? lookupProperty(stack1,"address") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":8,"column":54},"end":{"line":8,"column":79}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    return "-";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"region") : depth0)) != null ? lookupProperty(stack1,"mpp") : stack1)) != null ? lookupProperty(stack1,"launchDate") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":56},"end":{"line":9,"column":84}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"provenance.mark",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":12,"column":62},"end":{"line":12,"column":86}}})) != null ? stack1 : "")
    + " ";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"name") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":20,"column":2},"end":{"line":20,"column":13}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"kindEstimated") : depth0),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":16},"end":{"line":20,"column":69}}})) != null ? stack1 : "")
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,(lookupProperty(helpers,"concat")||(depth0 && lookupProperty(depth0,"concat"))||alias2).call(alias1,"agencyKind.",(depth0 != null ? lookupProperty(depth0,"kind") : depth0),{"name":"concat","hash":{},"data":data,"loc":{"start":{"line":20,"column":74},"end":{"line":20,"column":101}}}),{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":20,"column":69},"end":{"line":20,"column":103}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,(lookupProperty(helpers,"concat")||(depth0 && lookupProperty(depth0,"concat"))||alias2).call(alias1,"readme.status.",(depth0 != null ? lookupProperty(depth0,"status") : depth0),{"name":"concat","hash":{},"data":data,"loc":{"start":{"line":20,"column":111},"end":{"line":20,"column":143}}}),{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":20,"column":106},"end":{"line":20,"column":145}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"source") : depth0),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":145},"end":{"line":20,"column":182}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"services") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":20,"column":185},"end":{"line":20,"column":201}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"countersEstimated") : depth0),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":204},"end":{"line":20,"column":261}}})) != null ? stack1 : "")
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"counters") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":20,"column":261},"end":{"line":20,"column":277}}})) != null ? stack1 : "")
    + " |\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"source") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":20,"column":161},"end":{"line":20,"column":174}}})) != null ? stack1 : "")
    + ")";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.estimatesIntro",{"name":"tr","hash":{"agencies":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"estimates") : depth0)) != null ? lookupProperty(stack1,"agencies") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":28,"column":206},"end":{"line":28,"column":230}}}),"counters":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"estimates") : depth0)) != null ? lookupProperty(stack1,"counters") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":28,"column":172},"end":{"line":28,"column":196}}}),"services":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"estimates") : depth0)) != null ? lookupProperty(stack1,"services") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":28,"column":138},"end":{"line":28,"column":162}}}),"visitors":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"estimates") : depth0)) != null ? lookupProperty(stack1,"visitors") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":28,"column":104},"end":{"line":28,"column":128}}}),"handling":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"estimates") : depth0)) != null ? lookupProperty(stack1,"handling") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":28,"column":70},"end":{"line":28,"column":94}}}),"percent":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"estimates") : depth0)) != null ? lookupProperty(stack1,"percent") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":28,"column":37},"end":{"line":28,"column":60}}})},"data":data,"loc":{"start":{"line":28,"column":0},"end":{"line":28,"column":232}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"estimates") : depth0)) != null ? lookupProperty(stack1,"mppFigures") : stack1),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":32,"column":7}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.estimatesMpp",{"name":"tr","hash":{"figures":(lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"estimates") : depth0)) != null ? lookupProperty(stack1,"mppFigures") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":31,"column":35},"end":{"line":31,"column":60}}})},"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":31,"column":62}}})) != null ? stack1 : "")
    + "\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"readme.estimatesNone",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":34,"column":0},"end":{"line":34,"column":29}}})) != null ? stack1 : "")
    + "\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.noServices",{"name":"tr","hash":{"agencies":(lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"estimates") : depth0)) != null ? lookupProperty(stack1,"noServices") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":38,"column":72},"end":{"line":38,"column":97}}}),"count":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"estimates") : depth0)) != null ? lookupProperty(stack1,"noServicesCount") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":38,"column":31},"end":{"line":38,"column":62}}})},"data":data,"loc":{"start":{"line":38,"column":0},"end":{"line":38,"column":99}}})) != null ? stack1 : "")
    + "\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,(lookupProperty(helpers,"concat")||(depth0 && lookupProperty(depth0,"concat"))||alias2).call(alias1,"facility.",depth0,{"name":"concat","hash":{},"data":data,"loc":{"start":{"line":44,"column":7},"end":{"line":44,"column":32}}}),{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":44,"column":2},"end":{"line":44,"column":34}}})) != null ? stack1 : "")
    + "\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"readme.noFacilities",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":46,"column":2},"end":{"line":46,"column":30}}})) != null ? stack1 : "")
    + "\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(lookupProperty(helpers,"loc")||(depth0 && lookupProperty(depth0,"loc"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"title") : depth0),{"name":"loc","hash":{},"data":data,"loc":{"start":{"line":56,"column":7},"end":{"line":56,"column":18}}}),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":56,"column":2},"end":{"line":56,"column":20}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"applicable") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":56,"column":23},"end":{"line":56,"column":41}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"done") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":56,"column":44},"end":{"line":56,"column":56}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"blockingOpen") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":56,"column":59},"end":{"line":56,"column":79}}})) != null ? stack1 : "")
    + " |\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n- ⚠ "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"md","hash":{},"data":data,"loc":{"start":{"line":64,"column":4},"end":{"line":64,"column":15}}})) != null ? stack1 : "")
    + "\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"appconfig.missing.noServices",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":70,"column":0},"end":{"line":70,"column":37}}})) != null ? stack1 : "")
    + "\n";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"missing") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.program(17, data, 0),"data":data,"loc":{"start":{"line":71,"column":0},"end":{"line":75,"column":0}}})) != null ? stack1 : "");
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.missingIntro",{"name":"tr","hash":{"components":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"missingComponents") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":72,"column":94},"end":{"line":72,"column":117}}}),"total":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"summary") : depth0)) != null ? lookupProperty(stack1,"services") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":72,"column":60},"end":{"line":72,"column":82}}}),"count":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"missing") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":72,"column":33},"end":{"line":72,"column":53}}})},"data":data,"loc":{"start":{"line":72,"column":0},"end":{"line":72,"column":119}}})) != null ? stack1 : "")
    + "\n";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"readme.missingNone",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":74,"column":0},"end":{"line":74,"column":27}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"region") : depth0)) != null ? lookupProperty(stack1,"mpp") : stack1)) != null ? lookupProperty(stack1,"name") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":1,"column":2},"end":{"line":1,"column":24}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.intro",{"name":"tr","hash":{"province":(lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"region") : depth0)) != null ? lookupProperty(stack1,"region") : stack1)) != null ? lookupProperty(stack1,"province") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":3,"column":61},"end":{"line":3,"column":88}}}),"region":(lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"summary") : depth0)) != null ? lookupProperty(stack1,"regionTitle") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":3,"column":27},"end":{"line":3,"column":51}}})},"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":90}}})) != null ? stack1 : "")
    + "\n\n| | |\n|---|---|\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.organiser",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":7,"column":2},"end":{"line":7,"column":27}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"region") : depth0)) != null ? lookupProperty(stack1,"mpp") : stack1)) != null ? lookupProperty(stack1,"organiser") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":7,"column":30},"end":{"line":7,"column":57}}})) != null ? stack1 : "")
    + " |\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.address",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":8,"column":2},"end":{"line":8,"column":25}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"region") : depth0)) != null ? lookupProperty(stack1,"mpp") : stack1)) != null ? lookupProperty(stack1,"address") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":8,"column":28},"end":{"line":8,"column":95}}})) != null ? stack1 : "")
    + " |\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.launch",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":9,"column":2},"end":{"line":9,"column":24}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"region") : depth0)) != null ? lookupProperty(stack1,"mpp") : stack1)) != null ? lookupProperty(stack1,"launchDate") : stack1),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":9,"column":27},"end":{"line":9,"column":100}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,(lookupProperty(helpers,"concat")||(depth0 && lookupProperty(depth0,"concat"))||alias2).call(alias1,"mpp.launchStatus.",((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"region") : depth0)) != null ? lookupProperty(stack1,"mpp") : stack1)) != null ? lookupProperty(stack1,"launchStatus") : stack1),{"name":"concat","hash":{},"data":data,"loc":{"start":{"line":9,"column":107},"end":{"line":9,"column":159}}}),{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":9,"column":102},"end":{"line":9,"column":161}}})) != null ? stack1 : "")
    + ") |\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.agencies",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":10,"column":2},"end":{"line":10,"column":26}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"summary") : depth0)) != null ? lookupProperty(stack1,"agencies") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":10,"column":29},"end":{"line":10,"column":53}}})) != null ? stack1 : "")
    + " |\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.services",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":11,"column":2},"end":{"line":11,"column":26}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"summary") : depth0)) != null ? lookupProperty(stack1,"services") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":11,"column":29},"end":{"line":11,"column":53}}})) != null ? stack1 : "")
    + " |\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.counters",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":12,"column":2},"end":{"line":12,"column":26}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"summary") : depth0)) != null ? lookupProperty(stack1,"countersEstimated") : stack1),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":29},"end":{"line":12,"column":94}}})) != null ? stack1 : "")
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"summary") : depth0)) != null ? lookupProperty(stack1,"counters") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":12,"column":94},"end":{"line":12,"column":118}}})) != null ? stack1 : "")
    + " |\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.facilities",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":13,"column":2},"end":{"line":13,"column":28}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"summary") : depth0)) != null ? lookupProperty(stack1,"facilities") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":13,"column":31},"end":{"line":13,"column":57}}})) != null ? stack1 : "")
    + " |\n\n## "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.agencies",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":15,"column":3},"end":{"line":15,"column":27}}})) != null ? stack1 : "")
    + "\n\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.agency",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":17,"column":2},"end":{"line":17,"column":24}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.kind",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":17,"column":27},"end":{"line":17,"column":47}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.status",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":17,"column":50},"end":{"line":17,"column":72}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.services",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":17,"column":75},"end":{"line":17,"column":99}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.counters",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":17,"column":102},"end":{"line":17,"column":126}}})) != null ? stack1 : "")
    + " |\n|---|---|---|---:|---:|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"summary") : depth0)) != null ? lookupProperty(stack1,"agencyRows") : stack1),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":21,"column":9}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.statusLegend",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":23,"column":28}}})) != null ? stack1 : "")
    + "\n\n## "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.estimatesTitle",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":25,"column":3},"end":{"line":25,"column":33}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"estimates") : depth0)) != null ? lookupProperty(stack1,"any") : stack1),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":27,"column":0},"end":{"line":35,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"estimates") : depth0)) != null ? lookupProperty(stack1,"noServices") : stack1),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":36,"column":0},"end":{"line":39,"column":7}}})) != null ? stack1 : "")
    + "\n## "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.facilities",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":41,"column":3},"end":{"line":41,"column":29}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"facilities") : depth0),{"name":"each","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":43,"column":0},"end":{"line":47,"column":9}}})) != null ? stack1 : "")
    + "\n## "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.checklistTitle",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":49,"column":3},"end":{"line":49,"column":33}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.checklistIntro",{"name":"tr","hash":{"blocking":((stack1 = (depth0 != null ? lookupProperty(depth0,"checklist") : depth0)) != null ? lookupProperty(stack1,"blockingOpen") : stack1),"done":((stack1 = (depth0 != null ? lookupProperty(depth0,"checklist") : depth0)) != null ? lookupProperty(stack1,"done") : stack1),"applicable":((stack1 = (depth0 != null ? lookupProperty(depth0,"checklist") : depth0)) != null ? lookupProperty(stack1,"applicable") : stack1)},"data":data,"loc":{"start":{"line":51,"column":0},"end":{"line":51,"column":114}}})) != null ? stack1 : "")
    + "\n\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.phase",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":53,"column":2},"end":{"line":53,"column":23}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.items",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":53,"column":26},"end":{"line":53,"column":47}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.done",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":53,"column":50},"end":{"line":53,"column":70}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.blockingOpen",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":53,"column":73},"end":{"line":53,"column":101}}})) != null ? stack1 : "")
    + " |\n|---|---:|---:|---:|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"checklist") : depth0)) != null ? lookupProperty(stack1,"perPhase") : stack1),{"name":"each","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":55,"column":0},"end":{"line":57,"column":9}}})) != null ? stack1 : "")
    + "\n## "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.layoutTitle",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":59,"column":3},"end":{"line":59,"column":30}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.layoutIntro",{"name":"tr","hash":{"availableArea":(lookupProperty(helpers,"concat")||(depth0 && lookupProperty(depth0,"concat"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"floorsMark") : depth0),(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"area") : depth0)) != null ? lookupProperty(stack1,"availableArea") : stack1),0,{"name":"num","hash":{},"data":data,"loc":{"start":{"line":61,"column":175},"end":{"line":61,"column":201}}}),{"name":"concat","hash":{},"data":data,"loc":{"start":{"line":61,"column":156},"end":{"line":61,"column":202}}}),"neededArea":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"area") : depth0)) != null ? lookupProperty(stack1,"neededArea") : stack1),0,{"name":"num","hash":{},"data":data,"loc":{"start":{"line":61,"column":118},"end":{"line":61,"column":141}}}),"planned":(lookupProperty(helpers,"concat")||(depth0 && lookupProperty(depth0,"concat"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"plannedMark") : depth0),((stack1 = (depth0 != null ? lookupProperty(depth0,"sizing") : depth0)) != null ? lookupProperty(stack1,"plannedCounters") : stack1),{"name":"concat","hash":{},"data":data,"loc":{"start":{"line":61,"column":63},"end":{"line":61,"column":106}}}),"needed":((stack1 = (depth0 != null ? lookupProperty(depth0,"sizing") : depth0)) != null ? lookupProperty(stack1,"neededCounters") : stack1)},"data":data,"loc":{"start":{"line":61,"column":0},"end":{"line":61,"column":204}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"layoutWarnings") : depth0),{"name":"each","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":62,"column":0},"end":{"line":65,"column":9}}})) != null ? stack1 : "")
    + "\n## "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.missingTitle",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":67,"column":3},"end":{"line":67,"column":31}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"noServicesAtAll") : depth0),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.program(15, data, 0),"data":data,"loc":{"start":{"line":69,"column":0},"end":{"line":75,"column":7}}})) != null ? stack1 : "")
    + "\n## "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.folderTitle",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":77,"column":3},"end":{"line":77,"column":30}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"readme.folderGuide",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":79,"column":0},"end":{"line":79,"column":27}}})) != null ? stack1 : "")
    + "\n";
},"useData":true},
  "deployment/dashboard.html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":48,"column":8},"end":{"line":48,"column":17}}}) : helper)))
    + "</td><td class=\"n\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"weight") || (depth0 != null ? lookupProperty(depth0,"weight") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"weight","hash":{},"data":data,"loc":{"start":{"line":48,"column":36},"end":{"line":48,"column":46}}}) : helper)))
    + "</td><td class=\"n\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"score") || (depth0 != null ? lookupProperty(depth0,"score") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"score","hash":{},"data":data,"loc":{"start":{"line":48,"column":65},"end":{"line":48,"column":74}}}) : helper)))
    + "</td><td class=\"note\">"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"reasons") : depth0),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":48,"column":96},"end":{"line":48,"column":141}}})) != null ? stack1 : "")
    + "</td></tr>\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "<div>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</div>";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":64,"column":8},"end":{"line":64,"column":17}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"blockingOpen") : depth0),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":64,"column":17},"end":{"line":64,"column":93}}})) != null ? stack1 : "")
    + "</td><td class=\"n\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"done") || (depth0 != null ? lookupProperty(depth0,"done") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"done","hash":{},"data":data,"loc":{"start":{"line":64,"column":112},"end":{"line":64,"column":120}}}) : helper)))
    + "</td><td class=\"n\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"applicable") || (depth0 != null ? lookupProperty(depth0,"applicable") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"applicable","hash":{},"data":data,"loc":{"start":{"line":64,"column":139},"end":{"line":64,"column":153}}}) : helper)))
    + "</td><td class=\"n\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"verified") || (depth0 != null ? lookupProperty(depth0,"verified") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"verified","hash":{},"data":data,"loc":{"start":{"line":64,"column":172},"end":{"line":64,"column":184}}}) : helper)))
    + "</td><td><div class=\"bar\"><span style=\"width: "
    + alias4(((helper = (helper = lookupProperty(helpers,"percent") || (depth0 != null ? lookupProperty(depth0,"percent") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"percent","hash":{},"data":data,"loc":{"start":{"line":64,"column":230},"end":{"line":64,"column":241}}}) : helper)))
    + "%\"></span></div></td></tr>\n";
},"3":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " <span class=\"blocking\">("
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"blockingOpen") || (depth0 != null ? lookupProperty(depth0,"blockingOpen") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"blockingOpen","hash":{},"data":data,"loc":{"start":{"line":64,"column":62},"end":{"line":64,"column":78}}}) : helper)))
    + ")</span>";
},"4":function(container,depth0,helpers,partials,data) {
    var helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"owner") || (depth0 != null ? lookupProperty(depth0,"owner") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"owner","hash":{},"data":data,"loc":{"start":{"line":75,"column":8},"end":{"line":75,"column":17}}}) : helper)))
    + "</td><td class=\"n\" data-value=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"done") || (depth0 != null ? lookupProperty(depth0,"done") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"done","hash":{},"data":data,"loc":{"start":{"line":75,"column":48},"end":{"line":75,"column":56}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"done") || (depth0 != null ? lookupProperty(depth0,"done") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"done","hash":{},"data":data,"loc":{"start":{"line":75,"column":58},"end":{"line":75,"column":66}}}) : helper)))
    + "</td><td class=\"n\" data-value=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"applicable") || (depth0 != null ? lookupProperty(depth0,"applicable") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"applicable","hash":{},"data":data,"loc":{"start":{"line":75,"column":97},"end":{"line":75,"column":111}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"applicable") || (depth0 != null ? lookupProperty(depth0,"applicable") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"applicable","hash":{},"data":data,"loc":{"start":{"line":75,"column":113},"end":{"line":75,"column":127}}}) : helper)))
    + "</td><td class=\"n\" data-value=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"blockingOpen") || (depth0 != null ? lookupProperty(depth0,"blockingOpen") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"blockingOpen","hash":{},"data":data,"loc":{"start":{"line":75,"column":158},"end":{"line":75,"column":174}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"blockingOpen") || (depth0 != null ? lookupProperty(depth0,"blockingOpen") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"blockingOpen","hash":{},"data":data,"loc":{"start":{"line":75,"column":176},"end":{"line":75,"column":192}}}) : helper)))
    + "</td></tr>\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<table>\n<thead><tr><th>"
    + alias3((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.item",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":85,"column":15},"end":{"line":85,"column":39}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"dashboard.owner",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":85,"column":48},"end":{"line":85,"column":72}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"checklist.col.due",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":85,"column":81},"end":{"line":85,"column":107}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"checklist.col.status",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":85,"column":116},"end":{"line":85,"column":145}}}))
    + "</th></tr></thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"blocking") : depth0),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":87,"column":0},"end":{"line":89,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n";
},"6":function(container,depth0,helpers,partials,data) {
    var helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":88,"column":8},"end":{"line":88,"column":17}}}) : helper)))
    + " <code>"
    + alias4(((helper = (helper = lookupProperty(helpers,"id") || (depth0 != null ? lookupProperty(depth0,"id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":88,"column":24},"end":{"line":88,"column":30}}}) : helper)))
    + "</code></td><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"owner") || (depth0 != null ? lookupProperty(depth0,"owner") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"owner","hash":{},"data":data,"loc":{"start":{"line":88,"column":46},"end":{"line":88,"column":55}}}) : helper)))
    + "</td><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"due") || (depth0 != null ? lookupProperty(depth0,"due") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"due","hash":{},"data":data,"loc":{"start":{"line":88,"column":64},"end":{"line":88,"column":71}}}) : helper)))
    + "</td><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"status") || (depth0 != null ? lookupProperty(depth0,"status") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":88,"column":80},"end":{"line":88,"column":90}}}) : helper)))
    + "</td></tr>\n";
},"7":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + container.escapeExpression((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"dashboard.noBlocking",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":93,"column":3},"end":{"line":93,"column":32}}}))
    + "</p>\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"agency") || (depth0 != null ? lookupProperty(depth0,"agency") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"agency","hash":{},"data":data,"loc":{"start":{"line":102,"column":8},"end":{"line":102,"column":18}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"estimate") : depth0),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":102,"column":18},"end":{"line":102,"column":101}}})) != null ? stack1 : "")
    + "</td><td class=\"n\" data-value=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"needed") || (depth0 != null ? lookupProperty(depth0,"needed") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"needed","hash":{},"data":data,"loc":{"start":{"line":102,"column":132},"end":{"line":102,"column":142}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"needed") || (depth0 != null ? lookupProperty(depth0,"needed") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"needed","hash":{},"data":data,"loc":{"start":{"line":102,"column":144},"end":{"line":102,"column":154}}}) : helper)))
    + "</td><td class=\"n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"short") : depth0),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":102,"column":171},"end":{"line":102,"column":197}}})) != null ? stack1 : "")
    + "\" data-value=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"planned") || (depth0 != null ? lookupProperty(depth0,"planned") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"planned","hash":{},"data":data,"loc":{"start":{"line":102,"column":211},"end":{"line":102,"column":222}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"planned") || (depth0 != null ? lookupProperty(depth0,"planned") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"planned","hash":{},"data":data,"loc":{"start":{"line":102,"column":224},"end":{"line":102,"column":235}}}) : helper)))
    + "</td></tr>\n";
},"9":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " <span class=\"estimate\">("
    + container.escapeExpression((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"dashboard.estimate",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":102,"column":59},"end":{"line":102,"column":86}}}))
    + ")</span>";
},"10":function(container,depth0,helpers,partials,data) {
    return " short";
},"11":function(container,depth0,helpers,partials,data) {
    var helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<figure><a href=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"path") || (depth0 != null ? lookupProperty(depth0,"path") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"path","hash":{},"data":data,"loc":{"start":{"line":111,"column":17},"end":{"line":111,"column":25}}}) : helper)))
    + "\"><img src=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"src") || (depth0 != null ? lookupProperty(depth0,"src") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"src","hash":{},"data":data,"loc":{"start":{"line":111,"column":37},"end":{"line":111,"column":44}}}) : helper)))
    + "\" alt=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"name") || (depth0 != null ? lookupProperty(depth0,"name") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":111,"column":51},"end":{"line":111,"column":59}}}) : helper)))
    + "\"></a><figcaption>"
    + alias4(((helper = (helper = lookupProperty(helpers,"name") || (depth0 != null ? lookupProperty(depth0,"name") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":111,"column":77},"end":{"line":111,"column":85}}}) : helper)))
    + " · <code>"
    + alias4(((helper = (helper = lookupProperty(helpers,"path") || (depth0 != null ? lookupProperty(depth0,"path") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"path","hash":{},"data":data,"loc":{"start":{"line":111,"column":94},"end":{"line":111,"column":102}}}) : helper)))
    + "</code></figcaption></figure>\n";
},"12":function(container,depth0,helpers,partials,data) {
    var helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td><a href=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"href") || (depth0 != null ? lookupProperty(depth0,"href") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"href","hash":{},"data":data,"loc":{"start":{"line":121,"column":17},"end":{"line":121,"column":25}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"path") || (depth0 != null ? lookupProperty(depth0,"path") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"path","hash":{},"data":data,"loc":{"start":{"line":121,"column":27},"end":{"line":121,"column":35}}}) : helper)))
    + "</a></td><td class=\"n\" data-value=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"size") || (depth0 != null ? lookupProperty(depth0,"size") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"size","hash":{},"data":data,"loc":{"start":{"line":121,"column":70},"end":{"line":121,"column":78}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"size") || (depth0 != null ? lookupProperty(depth0,"size") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"size","hash":{},"data":data,"loc":{"start":{"line":121,"column":80},"end":{"line":121,"column":88}}}) : helper)))
    + "</td></tr>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, alias5=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<!DOCTYPE html>\n<html lang=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"lang") || (depth0 != null ? lookupProperty(depth0,"lang") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"lang","hash":{},"data":data,"loc":{"start":{"line":2,"column":12},"end":{"line":2,"column":20}}}) : helper)))
    + "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
    + alias4(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":6,"column":7},"end":{"line":6,"column":16}}}) : helper)))
    + "</title>\n<style>\n@page { size: A4; margin: 10mm; }\n* { box-sizing: border-box; }\nbody { font-family: system-ui, \"Segoe UI\", Arial, sans-serif; margin: 0 auto; max-width: 1100px; padding: 1rem 1.2rem; color: #1f2937; font-size: 10pt; line-height: 1.35; }\nh1 { font-size: 16pt; margin: 0 0 .2rem; }\nh2 { font-size: 12pt; margin: 1.1rem 0 .3rem; border-bottom: 1.5px solid #1f4e79; color: #1f4e79; }\ntable { border-collapse: collapse; width: 100%; margin: .3rem 0; }\nth, td { border: 1px solid #d1d5db; padding: .2rem .45rem; text-align: left; vertical-align: top; }\nth { background: #eef2f7; }\ntd.n, th.n { text-align: right; }\n.note { color: #4b5563; font-size: .9em; }\n.bar { background: #e5e7eb; height: .55rem; width: 100%; min-width: 4rem; }\n.bar span { display: block; height: 100%; background: #2f6f4f; }\n.estimate { color: #92400e; font-style: italic; }\n.short { color: #b91c1c; font-weight: bold; }\n.blocking { color: #8b0000; }\n.score { font-size: 1.3rem; font-weight: bold; }\n.plans { display: flex; flex-wrap: wrap; gap: .8rem; }\n.plans figure { margin: 0; width: 48%; border: 1px solid #d1d5db; padding: .3rem; break-inside: avoid; }\n.plans img { width: 100%; height: auto; display: block; }\n.plans figcaption { font-size: .9em; }\n.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }\nbutton.sort { font: inherit; font-weight: bold; border: 0; background: none; padding: 0; cursor: pointer; text-align: inherit; }\nth[aria-sort=\"ascending\"] button.sort::after { content: \" \\25B2\"; }\nth[aria-sort=\"descending\"] button.sort::after { content: \" \\25BC\"; }\ncode { font-size: .9em; }\n@media print { body { padding: 0; max-width: none; } input, label.filter { display: none !important; } h2 { break-after: avoid; } tr { break-inside: avoid; } .grid { display: block; } }\n</style>\n</head>\n<body>\n<h1>"
    + alias4(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":37,"column":4},"end":{"line":37,"column":13}}}) : helper)))
    + "</h1>\n<p>"
    + alias4(((helper = (helper = lookupProperty(helpers,"region") || (depth0 != null ? lookupProperty(depth0,"region") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"region","hash":{},"data":data,"loc":{"start":{"line":38,"column":3},"end":{"line":38,"column":13}}}) : helper)))
    + " · "
    + alias4(((helper = (helper = lookupProperty(helpers,"organiser") || (depth0 != null ? lookupProperty(depth0,"organiser") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"organiser","hash":{},"data":data,"loc":{"start":{"line":38,"column":16},"end":{"line":38,"column":29}}}) : helper)))
    + " · "
    + alias4(((helper = (helper = lookupProperty(helpers,"stage") || (depth0 != null ? lookupProperty(depth0,"stage") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"stage","hash":{},"data":data,"loc":{"start":{"line":38,"column":32},"end":{"line":38,"column":41}}}) : helper)))
    + " · "
    + alias4(((helper = (helper = lookupProperty(helpers,"launch") || (depth0 != null ? lookupProperty(depth0,"launch") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"launch","hash":{},"data":data,"loc":{"start":{"line":38,"column":44},"end":{"line":38,"column":54}}}) : helper)))
    + "</p>\n<p class=\"note\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"note") || (depth0 != null ? lookupProperty(depth0,"note") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"note","hash":{},"data":data,"loc":{"start":{"line":39,"column":16},"end":{"line":39,"column":24}}}) : helper)))
    + "</p>\n\n<h2>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"dashboard.review",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":41,"column":4},"end":{"line":41,"column":29}}}))
    + "</h2>\n<p class=\"score\">"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.score",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":42,"column":17},"end":{"line":42,"column":38}}}))
    + ": "
    + alias4(((helper = (helper = lookupProperty(helpers,"score") || (depth0 != null ? lookupProperty(depth0,"score") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"score","hash":{},"data":data,"loc":{"start":{"line":42,"column":40},"end":{"line":42,"column":49}}}) : helper)))
    + "/100</p>\n<p class=\"note\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"scoreLabel") || (depth0 != null ? lookupProperty(depth0,"scoreLabel") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"scoreLabel","hash":{},"data":data,"loc":{"start":{"line":43,"column":16},"end":{"line":43,"column":30}}}) : helper)))
    + "</p>\n<table>\n<thead><tr><th>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.category",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":45,"column":15},"end":{"line":45,"column":43}}}))
    + "</th><th class=\"n\">"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.weight",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":45,"column":62},"end":{"line":45,"column":88}}}))
    + "</th><th class=\"n\">"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.score",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":45,"column":107},"end":{"line":45,"column":132}}}))
    + "</th><th>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.reasons",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":45,"column":141},"end":{"line":45,"column":164}}}))
    + "</th></tr></thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"categories") : depth0),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":47,"column":0},"end":{"line":49,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n<p><strong>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"instrument.pekppp.short",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":52,"column":11},"end":{"line":52,"column":43}}}))
    + ": "
    + alias4(((helper = (helper = lookupProperty(helpers,"grade") || (depth0 != null ? lookupProperty(depth0,"grade") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"grade","hash":{},"data":data,"loc":{"start":{"line":52,"column":45},"end":{"line":52,"column":54}}}) : helper)))
    + "</strong></p>\n<p>"
    + alias4(((helper = (helper = lookupProperty(helpers,"pekppp") || (depth0 != null ? lookupProperty(depth0,"pekppp") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"pekppp","hash":{},"data":data,"loc":{"start":{"line":53,"column":3},"end":{"line":53,"column":13}}}) : helper)))
    + "</p>\n\n<h2>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"dashboard.progress",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":55,"column":4},"end":{"line":55,"column":31}}}))
    + "</h2>\n<p>"
    + alias4(((helper = (helper = lookupProperty(helpers,"checklistLine") || (depth0 != null ? lookupProperty(depth0,"checklistLine") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"checklistLine","hash":{},"data":data,"loc":{"start":{"line":56,"column":3},"end":{"line":56,"column":20}}}) : helper)))
    + "</p>\n<div class=\"grid\">\n<div>\n<h3>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"dashboard.perPhase",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":59,"column":4},"end":{"line":59,"column":31}}}))
    + "</h3>\n<table>\n<thead><tr><th>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"dashboard.phase",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":61,"column":15},"end":{"line":61,"column":39}}}))
    + "</th><th class=\"n\">"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"dashboard.done",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":61,"column":58},"end":{"line":61,"column":81}}}))
    + "</th><th class=\"n\">"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"dashboard.applicable",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":61,"column":100},"end":{"line":61,"column":129}}}))
    + "</th><th class=\"n\">"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"dashboard.verified",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":61,"column":148},"end":{"line":61,"column":175}}}))
    + "</th><th></th></tr></thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"phases") : depth0),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":63,"column":0},"end":{"line":65,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n</div>\n<div>\n<h3>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"dashboard.perOwner",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":70,"column":4},"end":{"line":70,"column":31}}}))
    + "</h3>\n<table id=\"owners\" class=\"sortable\">\n<thead><tr><th>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"dashboard.owner",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":72,"column":15},"end":{"line":72,"column":39}}}))
    + "</th><th class=\"n\" data-type=\"number\">"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"dashboard.done",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":72,"column":77},"end":{"line":72,"column":100}}}))
    + "</th><th class=\"n\" data-type=\"number\">"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"dashboard.applicable",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":72,"column":138},"end":{"line":72,"column":167}}}))
    + "</th><th class=\"n\" data-type=\"number\">"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.blockingItems",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":72,"column":205},"end":{"line":72,"column":238}}}))
    + "</th></tr></thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"owners") : depth0),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":74,"column":0},"end":{"line":76,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n</div>\n</div>\n\n<h2>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"dashboard.blocking",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":82,"column":4},"end":{"line":82,"column":31}}}))
    + "</h2>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"blocking") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":83,"column":0},"end":{"line":94,"column":7}}})) != null ? stack1 : "")
    + "\n<h2>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"dashboard.counters",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":96,"column":4},"end":{"line":96,"column":31}}}))
    + "</h2>\n<p class=\"note\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"estimateNote") || (depth0 != null ? lookupProperty(depth0,"estimateNote") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"estimateNote","hash":{},"data":data,"loc":{"start":{"line":97,"column":16},"end":{"line":97,"column":32}}}) : helper)))
    + "</p>\n<table id=\"counters\" class=\"sortable\">\n<thead><tr><th>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"dashboard.agency",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":99,"column":15},"end":{"line":99,"column":40}}}))
    + "</th><th class=\"n\" data-type=\"number\">"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"dashboard.needed",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":99,"column":78},"end":{"line":99,"column":103}}}))
    + "</th><th class=\"n\" data-type=\"number\">"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"dashboard.planned",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":99,"column":141},"end":{"line":99,"column":167}}}))
    + "</th></tr></thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"counters") : depth0),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":101,"column":0},"end":{"line":103,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n<tfoot><tr><th></th><th class=\"n\">"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"countersTotal") : depth0)) != null ? lookupProperty(stack1,"neededCounters") : stack1), depth0))
    + "</th><th class=\"n\">"
    + alias4(alias5(((stack1 = (depth0 != null ? lookupProperty(depth0,"countersTotal") : depth0)) != null ? lookupProperty(stack1,"plannedCounters") : stack1), depth0))
    + "</th></tr></tfoot>\n</table>\n\n<h2>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"dashboard.floorplans",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":108,"column":4},"end":{"line":108,"column":33}}}))
    + "</h2>\n<div class=\"plans\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"floorplans") : depth0),{"name":"each","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":110,"column":0},"end":{"line":112,"column":9}}})) != null ? stack1 : "")
    + "</div>\n\n<h2>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"dashboard.files",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":115,"column":4},"end":{"line":115,"column":28}}}))
    + "</h2>\n<p><label class=\"filter\" for=\"file-filter\" hidden>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"dashboard.filterFiles",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":116,"column":50},"end":{"line":116,"column":80}}}))
    + "</label><input id=\"file-filter\" type=\"search\" data-filter=\"files\" hidden></p>\n<table id=\"files\" class=\"sortable\">\n<thead><tr><th>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.file",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":118,"column":15},"end":{"line":118,"column":39}}}))
    + "</th><th class=\"n\" data-type=\"number\">"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"dashboard.size",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":118,"column":77},"end":{"line":118,"column":100}}}))
    + "</th></tr></thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"files") : depth0),{"name":"each","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":120,"column":0},"end":{"line":122,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"tableTools"),depth0,{"name":"tableTools","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</body>\n</html>\n";
},"usePartial":true,"useData":true},
  "layout/simulasi-skipped.md.hbs": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.title",{"name":"tr","hash":{"mpp":(lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"mpp") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":1,"column":26},"end":{"line":1,"column":34}}})},"data":data,"loc":{"start":{"line":1,"column":2},"end":{"line":1,"column":36}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.skipped",{"name":"tr","hash":{"budget":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"budget") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":3,"column":53},"end":{"line":3,"column":65}}}),"visitors":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"visitors") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":3,"column":31},"end":{"line":3,"column":45}}})},"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":67}}})) != null ? stack1 : "")
    + "\n";
},"useData":true},
  "layout/simulasi.md.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"estimates") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":6,"column":16}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(alias1,"sim.md.whatIf",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":22}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"whatIf") : depth0),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":23},"end":{"line":10,"column":62}}})) != null ? stack1 : "")
    + "\n\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"text") : depth0),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":10,"column":39},"end":{"line":10,"column":52}}})) != null ? stack1 : "")
    + " ";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"text") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":16,"column":2},"end":{"line":16,"column":13}}})) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"sim.md.noWarnings",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":18,"column":2},"end":{"line":18,"column":28}}})) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"name") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":31,"column":4},"end":{"line":31,"column":15}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"open") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":31,"column":17},"end":{"line":31,"column":28}}})) != null ? stack1 : "")
    + "-"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"close") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":31,"column":29},"end":{"line":31,"column":41}}})) != null ? stack1 : "")
    + ")\n\n"
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.dayLine",{"name":"tr","hash":{"people":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"peopleP95") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":33,"column":89},"end":{"line":33,"column":104}}}),"lost":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"lost") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":33,"column":71},"end":{"line":33,"column":81}}}),"served":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"served") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":33,"column":53},"end":{"line":33,"column":65}}}),"visitors":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"visitors") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":33,"column":31},"end":{"line":33,"column":45}}})},"data":data,"loc":{"start":{"line":33,"column":0},"end":{"line":33,"column":106}}})) != null ? stack1 : "")
    + "\n\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.hour",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":35,"column":2},"end":{"line":35,"column":26}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.arrivals",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":35,"column":29},"end":{"line":35,"column":57}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.queueMean",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":35,"column":60},"end":{"line":35,"column":89}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.queueP95",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":35,"column":92},"end":{"line":35,"column":120}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.peopleP95",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":35,"column":123},"end":{"line":35,"column":152}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.waitMean",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":35,"column":155},"end":{"line":35,"column":183}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.waitP95",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":35,"column":186},"end":{"line":35,"column":213}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.overLimit",{"name":"tr","hash":{"minutes":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"limit")),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":35,"column":252},"end":{"line":35,"column":269}}})},"data":data,"loc":{"start":{"line":35,"column":216},"end":{"line":35,"column":271}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.turnedAway",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":35,"column":274},"end":{"line":35,"column":304}}})) != null ? stack1 : "")
    + " |\n|---|--:|--:|--:|--:|--:|--:|--:|--:|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"hours") : depth0),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":37,"column":0},"end":{"line":39,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"hour") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":38,"column":2},"end":{"line":38,"column":13}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"arrivals") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":38,"column":16},"end":{"line":38,"column":32}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"queueMean") : depth0),1,{"name":"num","hash":{},"data":data,"loc":{"start":{"line":38,"column":35},"end":{"line":38,"column":54}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"queueP95") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":38,"column":57},"end":{"line":38,"column":73}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"full") : depth0),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":38,"column":76},"end":{"line":38,"column":141}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"noWait") : depth0),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(10, data, 0),"data":data,"loc":{"start":{"line":38,"column":144},"end":{"line":38,"column":192}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"noWait") : depth0),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":38,"column":195},"end":{"line":38,"column":242}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"noWait") : depth0),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(12, data, 0),"data":data,"loc":{"start":{"line":38,"column":245},"end":{"line":38,"column":293}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"turnedAway") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":38,"column":296},"end":{"line":38,"column":314}}})) != null ? stack1 : "")
    + " |\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"peopleP95") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":38,"column":90},"end":{"line":38,"column":107}}})) != null ? stack1 : "")
    + "**";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"peopleP95") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":38,"column":117},"end":{"line":38,"column":134}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    return "–";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"waitMean") : depth0),1,{"name":"num","hash":{},"data":data,"loc":{"start":{"line":38,"column":167},"end":{"line":38,"column":185}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"waitP95") : depth0),1,{"name":"num","hash":{},"data":data,"loc":{"start":{"line":38,"column":218},"end":{"line":38,"column":235}}})) != null ? stack1 : "");
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"overLimit") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":38,"column":268},"end":{"line":38,"column":285}}})) != null ? stack1 : "")
    + "%";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"label") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":49,"column":2},"end":{"line":49,"column":14}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"id") : depth0),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":49,"column":16},"end":{"line":49,"column":27}}})) != null ? stack1 : "")
    + ") | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"mode") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":49,"column":31},"end":{"line":49,"column":42}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"present") : depth0),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.program(16, data, 0),"data":data,"loc":{"start":{"line":49,"column":45},"end":{"line":49,"column":165}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"served") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":49,"column":168},"end":{"line":49,"column":182}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"lost") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":49,"column":185},"end":{"line":49,"column":197}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"countersMark") : depth0),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":49,"column":200},"end":{"line":49,"column":252}}})) != null ? stack1 : "")
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"counters") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":49,"column":252},"end":{"line":49,"column":268}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"needed") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":49,"column":271},"end":{"line":49,"column":285}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"noUtil") : depth0),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(17, data, 0),"data":data,"loc":{"start":{"line":49,"column":288},"end":{"line":49,"column":338}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"noWait") : depth0),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(10, data, 0),"data":data,"loc":{"start":{"line":49,"column":341},"end":{"line":49,"column":389}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"noWait") : depth0),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":49,"column":392},"end":{"line":49,"column":439}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"queueP95") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":49,"column":442},"end":{"line":49,"column":458}}})) != null ? stack1 : "")
    + " |\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"visitorsMark") : depth0),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":49,"column":60},"end":{"line":49,"column":112}}})) != null ? stack1 : "")
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||container.hooks.helperMissing).call(alias1,(depth0 != null ? lookupProperty(depth0,"visitors") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":49,"column":112},"end":{"line":49,"column":128}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"provenance.mark",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":49,"column":80},"end":{"line":49,"column":104}}})) != null ? stack1 : "")
    + " ";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"sim.md.absent",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":49,"column":136},"end":{"line":49,"column":158}}})) != null ? stack1 : "");
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"utilisation") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":49,"column":311},"end":{"line":49,"column":330}}})) != null ? stack1 : "")
    + "%";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"sim.md.estimateMark",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":53,"column":0},"end":{"line":53,"column":28}}})) != null ? stack1 : "")
    + "\n";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"label") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":65,"column":2},"end":{"line":65,"column":14}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"counters") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":65,"column":17},"end":{"line":65,"column":33}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"none") : depth0),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(17, data, 0),"data":data,"loc":{"start":{"line":65,"column":36},"end":{"line":65,"column":84}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"perCounter") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":65,"column":87},"end":{"line":65,"column":104}}})) != null ? stack1 : "")
    + " |\n";
},"20":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n## "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.stagesHeading",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":69,"column":3},"end":{"line":69,"column":32}}})) != null ? stack1 : "")
    + "\n\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.service",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":71,"column":2},"end":{"line":71,"column":29}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.stage",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":71,"column":32},"end":{"line":71,"column":57}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.waitMean",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":71,"column":60},"end":{"line":71,"column":88}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.utilisation",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":71,"column":91},"end":{"line":71,"column":122}}})) != null ? stack1 : "")
    + " | |\n|---|---|--:|--:|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"stages") : depth0),{"name":"each","hash":{},"fn":container.program(21, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":73,"column":0},"end":{"line":77,"column":9}}})) != null ? stack1 : "");
},"21":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"rows") : depth0),{"name":"each","hash":{},"fn":container.program(22, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":74,"column":0},"end":{"line":76,"column":9}}})) != null ? stack1 : "");
},"22":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depths[1] != null ? lookupProperty(depths[1],"service") : depths[1]),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":75,"column":2},"end":{"line":75,"column":19}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"name") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":75,"column":22},"end":{"line":75,"column":33}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"wait") : depth0),1,{"name":"num","hash":{},"data":data,"loc":{"start":{"line":75,"column":36},"end":{"line":75,"column":50}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"utilisation") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":75,"column":53},"end":{"line":75,"column":72}}})) != null ? stack1 : "")
    + "% | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"bottleneck") : depth0),{"name":"if","hash":{},"fn":container.program(23, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":75,"column":76},"end":{"line":75,"column":127}}})) != null ? stack1 : "")
    + " |\n";
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"sim.md.bottleneck",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":75,"column":94},"end":{"line":75,"column":120}}})) != null ? stack1 : "");
},"24":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.assume.priorityGiven",{"name":"tr","hash":{"share":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"priority") : depth0)) != null ? lookupProperty(stack1,"share") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":85,"column":65},"end":{"line":85,"column":85}}})},"data":data,"loc":{"start":{"line":85,"column":24},"end":{"line":85,"column":87}}})) != null ? stack1 : "");
},"25":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.assume.priority",{"name":"tr","hash":{"share":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"priority") : depth0)) != null ? lookupProperty(stack1,"share") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":85,"column":131},"end":{"line":85,"column":151}}})},"data":data,"loc":{"start":{"line":85,"column":95},"end":{"line":85,"column":153}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.title",{"name":"tr","hash":{"mpp":(lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"mpp") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":1,"column":26},"end":{"line":1,"column":34}}})},"data":data,"loc":{"start":{"line":1,"column":2},"end":{"line":1,"column":36}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.intro",{"name":"tr","hash":{"seed":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"seed") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":3,"column":57},"end":{"line":3,"column":67}}}),"replications":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"replications") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":3,"column":33},"end":{"line":3,"column":51}}})},"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":69}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"estimates") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":7,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"whatIf") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "")
    + "## "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.readingHeading",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":13,"column":3},"end":{"line":13,"column":33}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"warnings") : depth0),{"name":"each","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.program(4, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":19,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"notes") : depth0),{"name":"each","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":22,"column":9}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.seats",{"name":"tr","hash":{"simulated":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"seats") : depth0)) != null ? lookupProperty(stack1,"simulated") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":24,"column":56},"end":{"line":24,"column":77}}}),"layout":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"seats") : depth0)) != null ? lookupProperty(stack1,"layout") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":24,"column":27},"end":{"line":24,"column":45}}})},"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":24,"column":79}}})) != null ? stack1 : "")
    + "\n\n## "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.buildingHeading",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":26,"column":3},"end":{"line":26,"column":34}}})) != null ? stack1 : "")
    + "\n\n!["
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.buildingChart",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":28,"column":2},"end":{"line":28,"column":31}}})) != null ? stack1 : "")
    + "]("
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"files") : depth0)) != null ? lookupProperty(stack1,"building") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":28,"column":33},"end":{"line":28,"column":54}}})) != null ? stack1 : "")
    + ")\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"days") : depth0),{"name":"each","hash":{},"fn":container.program(5, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":0},"end":{"line":41,"column":9}}})) != null ? stack1 : "")
    + "## "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.agencyHeading",{"name":"tr","hash":{"days":(lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"busiest") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":42,"column":36},"end":{"line":42,"column":48}}})},"data":data,"loc":{"start":{"line":42,"column":3},"end":{"line":42,"column":50}}})) != null ? stack1 : "")
    + "\n\n!["
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.agencyChart",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":44,"column":2},"end":{"line":44,"column":29}}})) != null ? stack1 : "")
    + "]("
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"files") : depth0)) != null ? lookupProperty(stack1,"agencies") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":44,"column":31},"end":{"line":44,"column":52}}})) != null ? stack1 : "")
    + ")\n\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.agency",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":46,"column":2},"end":{"line":46,"column":28}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.mode",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":46,"column":31},"end":{"line":46,"column":55}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.visitors",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":46,"column":58},"end":{"line":46,"column":86}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.served",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":46,"column":89},"end":{"line":46,"column":115}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.lost",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":46,"column":118},"end":{"line":46,"column":142}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.counters",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":46,"column":145},"end":{"line":46,"column":173}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.needed",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":46,"column":176},"end":{"line":46,"column":202}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.utilisation",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":46,"column":205},"end":{"line":46,"column":236}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.waitMean",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":46,"column":239},"end":{"line":46,"column":267}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.waitP95",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":46,"column":270},"end":{"line":46,"column":297}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.queueP95",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":46,"column":300},"end":{"line":46,"column":328}}})) != null ? stack1 : "")
    + " |\n|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"agencies") : depth0),{"name":"each","hash":{},"fn":container.program(13, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":48,"column":0},"end":{"line":50,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"anyMark") : depth0),{"name":"if","hash":{},"fn":container.program(18, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":51,"column":0},"end":{"line":54,"column":7}}})) != null ? stack1 : "")
    + "\n## "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.counterHeading",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":56,"column":3},"end":{"line":56,"column":33}}})) != null ? stack1 : "")
    + "\n\n!["
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.counterChart",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":58,"column":2},"end":{"line":58,"column":30}}})) != null ? stack1 : "")
    + "]("
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"files") : depth0)) != null ? lookupProperty(stack1,"counters") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":58,"column":32},"end":{"line":58,"column":53}}})) != null ? stack1 : "")
    + ")\n\n"
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.counterIntro",{"name":"tr","hash":{"busy":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"thresholds") : depth0)) != null ? lookupProperty(stack1,"busy") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":60,"column":59},"end":{"line":60,"column":80}}}),"idle":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"thresholds") : depth0)) != null ? lookupProperty(stack1,"idle") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":60,"column":32},"end":{"line":60,"column":53}}})},"data":data,"loc":{"start":{"line":60,"column":0},"end":{"line":60,"column":82}}})) != null ? stack1 : "")
    + "\n\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.pool",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":62,"column":2},"end":{"line":62,"column":26}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.counters",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":62,"column":29},"end":{"line":62,"column":57}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.utilisation",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":62,"column":60},"end":{"line":62,"column":91}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.col.perCounter",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":62,"column":94},"end":{"line":62,"column":124}}})) != null ? stack1 : "")
    + " |\n|---|--:|--:|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"pools") : depth0),{"name":"each","hash":{},"fn":container.program(19, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":64,"column":0},"end":{"line":66,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"stages") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(20, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":67,"column":0},"end":{"line":78,"column":7}}})) != null ? stack1 : "")
    + "\n## "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.assumptionsHeading",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":80,"column":3},"end":{"line":80,"column":37}}})) != null ? stack1 : "")
    + "\n\n- "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.assume.counters",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":82,"column":2},"end":{"line":82,"column":33}}})) != null ? stack1 : "")
    + "\n- "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.assume.profile",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":83,"column":2},"end":{"line":83,"column":32}}})) != null ? stack1 : "")
    + "\n- "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.assume.handling",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":84,"column":2},"end":{"line":84,"column":33}}})) != null ? stack1 : "")
    + "\n- "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"priority") : depth0)) != null ? lookupProperty(stack1,"given") : stack1),{"name":"if","hash":{},"fn":container.program(24, data, 0, blockParams, depths),"inverse":container.program(25, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":85,"column":2},"end":{"line":85,"column":160}}})) != null ? stack1 : "")
    + "\n- "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.assume.breaks",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":86,"column":2},"end":{"line":86,"column":31}}})) != null ? stack1 : "")
    + "\n- "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.assume.quota",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":87,"column":2},"end":{"line":87,"column":30}}})) != null ? stack1 : "")
    + "\n- "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.assume.idle",{"name":"tr","hash":{"idle":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"thresholds") : depth0)) != null ? lookupProperty(stack1,"idle") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":88,"column":33},"end":{"line":88,"column":54}}})},"data":data,"loc":{"start":{"line":88,"column":2},"end":{"line":88,"column":56}}})) != null ? stack1 : "")
    + "\n- "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.assume.presence",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":89,"column":2},"end":{"line":89,"column":33}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"sim.md.rerun",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":91,"column":0},"end":{"line":91,"column":21}}})) != null ? stack1 : "")
    + "\n";
},"useData":true,"useDepths":true},
  "layout/sizing.md.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"label") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":10,"column":2},"end":{"line":10,"column":14}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"id") : depth0),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":10,"column":16},"end":{"line":10,"column":27}}})) != null ? stack1 : "")
    + ") | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"arrivalsMark") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":31},"end":{"line":10,"column":83}}})) != null ? stack1 : "")
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"arrivals") : depth0),1,{"name":"num","hash":{},"data":data,"loc":{"start":{"line":10,"column":83},"end":{"line":10,"column":101}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"handlingMark") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":104},"end":{"line":10,"column":156}}})) != null ? stack1 : "")
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"handling") : depth0),1,{"name":"num","hash":{},"data":data,"loc":{"start":{"line":10,"column":156},"end":{"line":10,"column":174}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"load") : depth0),2,{"name":"num","hash":{},"data":data,"loc":{"start":{"line":10,"column":177},"end":{"line":10,"column":191}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"plannedMark") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":194},"end":{"line":10,"column":245}}})) != null ? stack1 : "")
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"planned") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":10,"column":245},"end":{"line":10,"column":260}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"short") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":10,"column":263},"end":{"line":10,"column":323}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"utilPlannedNone") : depth0),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":10,"column":326},"end":{"line":10,"column":387}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"slPlanned") : depth0),0,{"name":"num","hash":{},"data":data,"loc":{"start":{"line":10,"column":390},"end":{"line":10,"column":409}}})) != null ? stack1 : "")
    + "% | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"waitPlannedUnstable") : depth0),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":10,"column":413},"end":{"line":10,"column":503}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"waitNeeded") : depth0),1,{"name":"num","hash":{},"data":data,"loc":{"start":{"line":10,"column":506},"end":{"line":10,"column":526}}})) != null ? stack1 : "")
    + " |\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"provenance.mark",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":10,"column":51},"end":{"line":10,"column":75}}})) != null ? stack1 : "")
    + " ";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"needed") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":10,"column":278},"end":{"line":10,"column":292}}})) != null ? stack1 : "")
    + "**";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"needed") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":10,"column":302},"end":{"line":10,"column":316}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    return "–";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"utilPlanned") : depth0),0,{"name":"num","hash":{},"data":data,"loc":{"start":{"line":10,"column":358},"end":{"line":10,"column":379}}})) != null ? stack1 : "")
    + "%";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"layout.md.unstable",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":10,"column":440},"end":{"line":10,"column":467}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"waitPlanned") : depth0),1,{"name":"num","hash":{},"data":data,"loc":{"start":{"line":10,"column":475},"end":{"line":10,"column":496}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"provenance.legend",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":15,"column":26}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"origin.summary",{"name":"tr","hash":{"countersTotal":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"origin") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1)) != null ? lookupProperty(stack1,"countersTotal") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":15,"column":369},"end":{"line":15,"column":403}}}),"countersEstimated":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"origin") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1)) != null ? lookupProperty(stack1,"countersEstimated") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":15,"column":316},"end":{"line":15,"column":354}}}),"visitorsTotal":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"origin") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1)) != null ? lookupProperty(stack1,"visitorsTotal") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":15,"column":263},"end":{"line":15,"column":297}}}),"visitorsEstimated":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"origin") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1)) != null ? lookupProperty(stack1,"visitorsEstimated") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":15,"column":210},"end":{"line":15,"column":248}}}),"handlingTotal":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"origin") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1)) != null ? lookupProperty(stack1,"handlingTotal") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":15,"column":157},"end":{"line":15,"column":191}}}),"handlingEstimated":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"origin") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1)) != null ? lookupProperty(stack1,"handlingEstimated") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":15,"column":104},"end":{"line":15,"column":142}}}),"percent":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"origin") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1)) != null ? lookupProperty(stack1,"percent") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":15,"column":57},"end":{"line":15,"column":85}}})},"data":data,"loc":{"start":{"line":15,"column":27},"end":{"line":15,"column":405}}})) != null ? stack1 : "")
    + "\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"labelKey") : depth0),{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":23,"column":2},"end":{"line":23,"column":17}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"requiredBy") : depth0),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":17},"end":{"line":23,"column":62}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"count") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":23,"column":65},"end":{"line":23,"column":78}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"unitArea") : depth0),2,{"name":"num","hash":{},"data":data,"loc":{"start":{"line":23,"column":81},"end":{"line":23,"column":99}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"area") : depth0),1,{"name":"num","hash":{},"data":data,"loc":{"start":{"line":23,"column":102},"end":{"line":23,"column":116}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"rationaleKey") : depth0),{"name":"tr","hash":{"aisle":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"params"))) && lookupProperty(stack1,"aisle")),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":23,"column":254},"end":{"line":23,"column":278}}}),"minimum":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"params"))) && lookupProperty(stack1,"minimum")),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":23,"column":221},"end":{"line":23,"column":247}}}),"perCounter":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"params"))) && lookupProperty(stack1,"perCounter")),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":23,"column":183},"end":{"line":23,"column":212}}}),"perHour":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = ((stack1 = (data && lookupProperty(data,"root"))) && lookupProperty(stack1,"params"))) && lookupProperty(stack1,"perHour")),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":23,"column":145},"end":{"line":23,"column":171}}})},"data":data,"loc":{"start":{"line":23,"column":119},"end":{"line":23,"column":280}}})) != null ? stack1 : "")
    + " |\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"requiredBy") : depth0),{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":23,"column":37},"end":{"line":23,"column":54}}})) != null ? stack1 : "")
    + ")";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"floorsNote") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":28,"column":136},"end":{"line":28,"column":153}}})) != null ? stack1 : "");
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"seats") : depth0)) != null ? lookupProperty(stack1,"estimated") : stack1),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":23},"end":{"line":30,"column":78}}})) != null ? stack1 : "")
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.seatsSimulated",{"name":"tr","hash":{"companions":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"seats") : depth0)) != null ? lookupProperty(stack1,"companions") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":30,"column":235},"end":{"line":30,"column":257}}}),"percentile":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"seats") : depth0)) != null ? lookupProperty(stack1,"percentile") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":30,"column":201},"end":{"line":30,"column":223}}}),"analytic":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"seats") : depth0)) != null ? lookupProperty(stack1,"analytic") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":30,"column":169},"end":{"line":30,"column":189}}}),"people":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"seats") : depth0)) != null ? lookupProperty(stack1,"people") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":30,"column":141},"end":{"line":30,"column":159}}}),"seats":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"seats") : depth0)) != null ? lookupProperty(stack1,"seats") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":30,"column":116},"end":{"line":30,"column":133}}})},"data":data,"loc":{"start":{"line":30,"column":78},"end":{"line":30,"column":259}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"seats") : depth0)) != null ? lookupProperty(stack1,"estimated") : stack1),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":259},"end":{"line":30,"column":323}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"layout.md.seatsEstimated",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":30,"column":283},"end":{"line":30,"column":316}}})) != null ? stack1 : "");
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.seats",{"name":"tr","hash":{"companions":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"seats") : depth0)) != null ? lookupProperty(stack1,"companions") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":30,"column":469},"end":{"line":30,"column":491}}}),"percentile":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"seats") : depth0)) != null ? lookupProperty(stack1,"percentile") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":30,"column":435},"end":{"line":30,"column":457}}}),"p95":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"seats") : depth0)) != null ? lookupProperty(stack1,"p95") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":30,"column":408},"end":{"line":30,"column":423}}}),"queue":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"seats") : depth0)) != null ? lookupProperty(stack1,"queue") : stack1),2,{"name":"num","hash":{},"data":data,"loc":{"start":{"line":30,"column":384},"end":{"line":30,"column":403}}}),"seats":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"seats") : depth0)) != null ? lookupProperty(stack1,"seats") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":30,"column":360},"end":{"line":30,"column":377}}})},"data":data,"loc":{"start":{"line":30,"column":331},"end":{"line":30,"column":493}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"path") : depth0),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":35,"column":2},"end":{"line":35,"column":36}}})) != null ? stack1 : "")
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(alias1,(depth0 != null ? lookupProperty(depth0,"text") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":35,"column":36},"end":{"line":35,"column":47}}})) != null ? stack1 : "")
    + "\n";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"path") : depth0),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":35,"column":14},"end":{"line":35,"column":27}}})) != null ? stack1 : "")
    + ": ";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"layout.md.noWarnings",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":37,"column":0},"end":{"line":37,"column":29}}})) != null ? stack1 : "")
    + "\n";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"origin.summary",{"name":"tr","hash":{"countersTotal":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"origin") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1)) != null ? lookupProperty(stack1,"countersTotal") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":51,"column":342},"end":{"line":51,"column":376}}}),"countersEstimated":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"origin") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1)) != null ? lookupProperty(stack1,"countersEstimated") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":51,"column":289},"end":{"line":51,"column":327}}}),"visitorsTotal":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"origin") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1)) != null ? lookupProperty(stack1,"visitorsTotal") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":51,"column":236},"end":{"line":51,"column":270}}}),"visitorsEstimated":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"origin") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1)) != null ? lookupProperty(stack1,"visitorsEstimated") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":51,"column":183},"end":{"line":51,"column":221}}}),"handlingTotal":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"origin") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1)) != null ? lookupProperty(stack1,"handlingTotal") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":51,"column":130},"end":{"line":51,"column":164}}}),"handlingEstimated":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"origin") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1)) != null ? lookupProperty(stack1,"handlingEstimated") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":51,"column":77},"end":{"line":51,"column":115}}}),"percent":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"origin") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1)) != null ? lookupProperty(stack1,"percent") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":51,"column":30},"end":{"line":51,"column":58}}})},"data":data,"loc":{"start":{"line":51,"column":0},"end":{"line":51,"column":378}}})) != null ? stack1 : "")
    + "\n";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"origin.allGiven",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":53,"column":0},"end":{"line":53,"column":24}}})) != null ? stack1 : "")
    + "\n";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"origin.noServices",{"name":"tr","hash":{"agencies":(lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"origin") : depth0)) != null ? lookupProperty(stack1,"noServices") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":57,"column":34},"end":{"line":57,"column":56}}})},"data":data,"loc":{"start":{"line":57,"column":0},"end":{"line":57,"column":58}}})) != null ? stack1 : "")
    + "\n";
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"labelKey") : depth0),{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":63,"column":2},"end":{"line":63,"column":17}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"mark") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":63,"column":19},"end":{"line":63,"column":63}}})) != null ? stack1 : "")
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"note") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":63,"column":63},"end":{"line":63,"column":74}}})) != null ? stack1 : "")
    + "\n";
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"label") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":71,"column":2},"end":{"line":71,"column":14}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"id") : depth0),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":71,"column":16},"end":{"line":71,"column":27}}})) != null ? stack1 : "")
    + ") | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"kindMark") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":71,"column":31},"end":{"line":71,"column":79}}})) != null ? stack1 : "")
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"kindKey") : depth0),{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":71,"column":79},"end":{"line":71,"column":93}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"kindNote") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":71,"column":96},"end":{"line":71,"column":111}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"plannedMark") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":71,"column":114},"end":{"line":71,"column":165}}})) != null ? stack1 : "")
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"planned") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":71,"column":165},"end":{"line":71,"column":180}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"plannedNote") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":71,"column":183},"end":{"line":71,"column":201}}})) != null ? stack1 : "")
    + " |\n";
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n### "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"origin.servicesHeading",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":75,"column":4},"end":{"line":75,"column":35}}})) != null ? stack1 : "")
    + "\n\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"origin.col.agency",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":77,"column":2},"end":{"line":77,"column":28}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"origin.col.service",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":77,"column":31},"end":{"line":77,"column":58}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"origin.col.handling",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":77,"column":61},"end":{"line":77,"column":89}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"origin.col.origin",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":77,"column":92},"end":{"line":77,"column":118}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"origin.col.visitors",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":77,"column":121},"end":{"line":77,"column":149}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"origin.col.origin",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":77,"column":152},"end":{"line":77,"column":178}}})) != null ? stack1 : "")
    + " |\n|---|---|--:|---|--:|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"origin") : depth0)) != null ? lookupProperty(stack1,"services") : stack1),{"name":"each","hash":{},"fn":container.program(24, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":79,"column":0},"end":{"line":81,"column":9}}})) != null ? stack1 : "");
},"24":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"agency") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":80,"column":2},"end":{"line":80,"column":15}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"name") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":80,"column":18},"end":{"line":80,"column":29}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"handlingMark") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":80,"column":32},"end":{"line":80,"column":84}}})) != null ? stack1 : "")
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"handling") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":80,"column":84},"end":{"line":80,"column":100}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"handlingNote") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":80,"column":103},"end":{"line":80,"column":122}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"visitorsMark") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":80,"column":125},"end":{"line":80,"column":177}}})) != null ? stack1 : "")
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"visitors") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":80,"column":177},"end":{"line":80,"column":193}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"visitorsNote") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":80,"column":196},"end":{"line":80,"column":215}}})) != null ? stack1 : "")
    + " |\n";
},"25":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n### "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"origin.catalogueHeading",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":85,"column":4},"end":{"line":85,"column":36}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"origin.catalogueIntro",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":87,"column":0},"end":{"line":87,"column":30}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"origin") : depth0)) != null ? lookupProperty(stack1,"entries") : stack1),{"name":"each","hash":{},"fn":container.program(26, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":89,"column":0},"end":{"line":91,"column":9}}})) != null ? stack1 : "");
},"26":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"label") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":90,"column":4},"end":{"line":90,"column":16}}})) != null ? stack1 : "")
    + "**: "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"text") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":90,"column":20},"end":{"line":90,"column":31}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.title",{"name":"tr","hash":{"mpp":(lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"mpp") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":1,"column":29},"end":{"line":1,"column":37}}})},"data":data,"loc":{"start":{"line":1,"column":2},"end":{"line":1,"column":39}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.intro",{"name":"tr","hash":{"minutes":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"minutes") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":3,"column":49},"end":{"line":3,"column":62}}}),"share":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"share") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":3,"column":29},"end":{"line":3,"column":40}}})},"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":64}}})) != null ? stack1 : "")
    + "\n\n## "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.sizingHeading",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":5,"column":3},"end":{"line":5,"column":35}}})) != null ? stack1 : "")
    + "\n\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.col.agency",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":7,"column":2},"end":{"line":7,"column":31}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.col.arrivals",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":7,"column":34},"end":{"line":7,"column":65}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.col.handling",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":7,"column":68},"end":{"line":7,"column":99}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.col.load",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":7,"column":102},"end":{"line":7,"column":129}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.col.planned",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":7,"column":132},"end":{"line":7,"column":162}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.col.needed",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":7,"column":165},"end":{"line":7,"column":194}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.col.utilPlanned",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":7,"column":197},"end":{"line":7,"column":231}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.col.slPlanned",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":7,"column":234},"end":{"line":7,"column":266}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.col.waitPlanned",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":7,"column":269},"end":{"line":7,"column":303}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.col.waitNeeded",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":7,"column":306},"end":{"line":7,"column":339}}})) != null ? stack1 : "")
    + " |\n|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"rows") : depth0),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":11,"column":9}}})) != null ? stack1 : "")
    + "| **"
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.total",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":12,"column":4},"end":{"line":12,"column":28}}})) != null ? stack1 : "")
    + "** | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"totals") : depth0)) != null ? lookupProperty(stack1,"arrivalsPerHour") : stack1),1,{"name":"num","hash":{},"data":data,"loc":{"start":{"line":12,"column":33},"end":{"line":12,"column":65}}})) != null ? stack1 : "")
    + " | | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"totals") : depth0)) != null ? lookupProperty(stack1,"offeredLoad") : stack1),2,{"name":"num","hash":{},"data":data,"loc":{"start":{"line":12,"column":70},"end":{"line":12,"column":98}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"totals") : depth0)) != null ? lookupProperty(stack1,"plannedCounters") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":12,"column":101},"end":{"line":12,"column":131}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"totals") : depth0)) != null ? lookupProperty(stack1,"neededCounters") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":12,"column":134},"end":{"line":12,"column":163}}})) != null ? stack1 : "")
    + " | | | | |\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"origin") : depth0)) != null ? lookupProperty(stack1,"any") : stack1),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":16,"column":7}}})) != null ? stack1 : "")
    + "\n## "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.areaHeading",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":18,"column":3},"end":{"line":18,"column":33}}})) != null ? stack1 : "")
    + "\n\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.col.item",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":20,"column":2},"end":{"line":20,"column":29}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.col.count",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":20,"column":32},"end":{"line":20,"column":60}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.col.unit",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":20,"column":63},"end":{"line":20,"column":90}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.col.area",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":20,"column":93},"end":{"line":20,"column":120}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.col.rationale",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":20,"column":123},"end":{"line":20,"column":155}}})) != null ? stack1 : "")
    + " |\n|---|--:|--:|--:|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"areaRows") : depth0),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":24,"column":9}}})) != null ? stack1 : "")
    + "| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.net",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":25,"column":2},"end":{"line":25,"column":24}}})) != null ? stack1 : "")
    + " | | | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"area") : depth0)) != null ? lookupProperty(stack1,"netArea") : stack1),1,{"name":"num","hash":{},"data":data,"loc":{"start":{"line":25,"column":31},"end":{"line":25,"column":53}}})) != null ? stack1 : "")
    + " | |\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.circulation",{"name":"tr","hash":{"percent":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"circulationPercent") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":26,"column":39},"end":{"line":26,"column":63}}})},"data":data,"loc":{"start":{"line":26,"column":2},"end":{"line":26,"column":65}}})) != null ? stack1 : "")
    + " | | | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"area") : depth0)) != null ? lookupProperty(stack1,"circulationArea") : stack1),1,{"name":"num","hash":{},"data":data,"loc":{"start":{"line":26,"column":72},"end":{"line":26,"column":102}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.rationale.circulation",{"name":"tr","hash":{"aisle":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"params") : depth0)) != null ? lookupProperty(stack1,"aisle") : stack1),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":26,"column":147},"end":{"line":26,"column":165}}})},"data":data,"loc":{"start":{"line":26,"column":105},"end":{"line":26,"column":167}}})) != null ? stack1 : "")
    + " |\n| **"
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.needed",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":27,"column":4},"end":{"line":27,"column":29}}})) != null ? stack1 : "")
    + "** | | | **"
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"area") : depth0)) != null ? lookupProperty(stack1,"neededArea") : stack1),1,{"name":"num","hash":{},"data":data,"loc":{"start":{"line":27,"column":40},"end":{"line":27,"column":65}}})) != null ? stack1 : "")
    + "** | |\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.available",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":28,"column":2},"end":{"line":28,"column":30}}})) != null ? stack1 : "")
    + " | | | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"floorsMark") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":37},"end":{"line":28,"column":87}}})) != null ? stack1 : "")
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"area") : depth0)) != null ? lookupProperty(stack1,"availableArea") : stack1),1,{"name":"num","hash":{},"data":data,"loc":{"start":{"line":28,"column":87},"end":{"line":28,"column":115}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"floorsMark") : depth0),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":118},"end":{"line":28,"column":160}}})) != null ? stack1 : "")
    + " |\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"seats") : depth0)) != null ? lookupProperty(stack1,"simulated") : stack1),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.program(14, data, 0),"data":data,"loc":{"start":{"line":30,"column":0},"end":{"line":30,"column":500}}})) != null ? stack1 : "")
    + "\n\n## "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.warningsHeading",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":32,"column":3},"end":{"line":32,"column":37}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"warnings") : depth0),{"name":"each","hash":{},"fn":container.program(15, data, 0),"inverse":container.program(17, data, 0),"data":data,"loc":{"start":{"line":34,"column":0},"end":{"line":38,"column":9}}})) != null ? stack1 : "")
    + "\n## "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.assumptionsHeading",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":40,"column":3},"end":{"line":40,"column":40}}})) != null ? stack1 : "")
    + "\n\n- "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.assume.model",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":42,"column":2},"end":{"line":42,"column":33}}})) != null ? stack1 : "")
    + "\n- "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.assume.agency",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":43,"column":2},"end":{"line":43,"column":34}}})) != null ? stack1 : "")
    + "\n- "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.assume.peak",{"name":"tr","hash":{"peak":(lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"peak") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":44,"column":36},"end":{"line":44,"column":46}}})},"data":data,"loc":{"start":{"line":44,"column":2},"end":{"line":44,"column":48}}})) != null ? stack1 : "")
    + "\n- "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.assume.zero",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":45,"column":2},"end":{"line":45,"column":32}}})) != null ? stack1 : "")
    + "\n- "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"layout.md.assume.layout",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":46,"column":2},"end":{"line":46,"column":34}}})) != null ? stack1 : "")
    + "\n\n## "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"origin.heading",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":48,"column":3},"end":{"line":48,"column":26}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"origin") : depth0)) != null ? lookupProperty(stack1,"any") : stack1),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.program(19, data, 0),"data":data,"loc":{"start":{"line":50,"column":0},"end":{"line":54,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"origin") : depth0)) != null ? lookupProperty(stack1,"noServices") : stack1),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":55,"column":0},"end":{"line":58,"column":7}}})) != null ? stack1 : "")
    + "\n### "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"origin.mppHeading",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":60,"column":4},"end":{"line":60,"column":30}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"origin") : depth0)) != null ? lookupProperty(stack1,"mpp") : stack1),{"name":"each","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":62,"column":0},"end":{"line":64,"column":9}}})) != null ? stack1 : "")
    + "\n### "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"origin.agenciesHeading",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":66,"column":4},"end":{"line":66,"column":35}}})) != null ? stack1 : "")
    + "\n\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"origin.col.agency",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":68,"column":2},"end":{"line":68,"column":28}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"origin.col.kind",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":68,"column":31},"end":{"line":68,"column":55}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"origin.col.origin",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":68,"column":58},"end":{"line":68,"column":84}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"origin.col.planned",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":68,"column":87},"end":{"line":68,"column":114}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"origin.col.origin",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":68,"column":117},"end":{"line":68,"column":143}}})) != null ? stack1 : "")
    + " |\n|---|---|---|--:|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"origin") : depth0)) != null ? lookupProperty(stack1,"agencies") : stack1),{"name":"each","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":70,"column":0},"end":{"line":72,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"origin") : depth0)) != null ? lookupProperty(stack1,"services") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(23, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":73,"column":0},"end":{"line":82,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"origin") : depth0)) != null ? lookupProperty(stack1,"entries") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(25, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":83,"column":0},"end":{"line":92,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  "review/dashboard.html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr data-region=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"slug") || (depth0 != null ? lookupProperty(depth0,"slug") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"slug","hash":{},"data":data,"loc":{"start":{"line":40,"column":17},"end":{"line":40,"column":25}}}) : helper)))
    + "\"><td class=\"n\" data-value=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"rank") || (depth0 != null ? lookupProperty(depth0,"rank") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"rank","hash":{},"data":data,"loc":{"start":{"line":40,"column":53},"end":{"line":40,"column":61}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"rank") || (depth0 != null ? lookupProperty(depth0,"rank") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"rank","hash":{},"data":data,"loc":{"start":{"line":40,"column":63},"end":{"line":40,"column":71}}}) : helper)))
    + "</td><td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"dashboard") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":40,"column":80},"end":{"line":40,"column":160}}})) != null ? stack1 : "")
    + " <a class=\"note\" href=\"#region-"
    + alias4(((helper = (helper = lookupProperty(helpers,"slug") || (depth0 != null ? lookupProperty(depth0,"slug") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"slug","hash":{},"data":data,"loc":{"start":{"line":40,"column":191},"end":{"line":40,"column":199}}}) : helper)))
    + "\">#</a></td><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"stage") || (depth0 != null ? lookupProperty(depth0,"stage") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"stage","hash":{},"data":data,"loc":{"start":{"line":40,"column":215},"end":{"line":40,"column":224}}}) : helper)))
    + "</td><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"launch") || (depth0 != null ? lookupProperty(depth0,"launch") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"launch","hash":{},"data":data,"loc":{"start":{"line":40,"column":233},"end":{"line":40,"column":243}}}) : helper)))
    + "</td><td class=\"n\" data-value=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"score") || (depth0 != null ? lookupProperty(depth0,"score") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"score","hash":{},"data":data,"loc":{"start":{"line":40,"column":274},"end":{"line":40,"column":283}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"score") || (depth0 != null ? lookupProperty(depth0,"score") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"score","hash":{},"data":data,"loc":{"start":{"line":40,"column":285},"end":{"line":40,"column":294}}}) : helper)))
    + "</td><td data-value=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"ippValue") || (depth0 != null ? lookupProperty(depth0,"ippValue") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"ippValue","hash":{},"data":data,"loc":{"start":{"line":40,"column":315},"end":{"line":40,"column":327}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"grade") || (depth0 != null ? lookupProperty(depth0,"grade") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"grade","hash":{},"data":data,"loc":{"start":{"line":40,"column":329},"end":{"line":40,"column":338}}}) : helper)))
    + "</td><td class=\"n\" data-value=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"blockers") || (depth0 != null ? lookupProperty(depth0,"blockers") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"blockers","hash":{},"data":data,"loc":{"start":{"line":40,"column":369},"end":{"line":40,"column":381}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"blockers") || (depth0 != null ? lookupProperty(depth0,"blockers") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"blockers","hash":{},"data":data,"loc":{"start":{"line":40,"column":383},"end":{"line":40,"column":395}}}) : helper)))
    + "</td><td class=\"n\" data-value=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"blockingItemsValue") || (depth0 != null ? lookupProperty(depth0,"blockingItemsValue") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"blockingItemsValue","hash":{},"data":data,"loc":{"start":{"line":40,"column":426},"end":{"line":40,"column":448}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"blockingItems") || (depth0 != null ? lookupProperty(depth0,"blockingItems") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"blockingItems","hash":{},"data":data,"loc":{"start":{"line":40,"column":450},"end":{"line":40,"column":467}}}) : helper)))
    + "</td><td class=\"n\" data-value=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"estimatesShare") || (depth0 != null ? lookupProperty(depth0,"estimatesShare") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"estimatesShare","hash":{},"data":data,"loc":{"start":{"line":40,"column":498},"end":{"line":40,"column":516}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"estimatesShare") || (depth0 != null ? lookupProperty(depth0,"estimatesShare") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"estimatesShare","hash":{},"data":data,"loc":{"start":{"line":40,"column":518},"end":{"line":40,"column":536}}}) : helper)))
    + "</td><td><code>"
    + alias4(((helper = (helper = lookupProperty(helpers,"file") || (depth0 != null ? lookupProperty(depth0,"file") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"file","hash":{},"data":data,"loc":{"start":{"line":40,"column":551},"end":{"line":40,"column":559}}}) : helper)))
    + "</code></td></tr>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<a href=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"dashboard") || (depth0 != null ? lookupProperty(depth0,"dashboard") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"dashboard","hash":{},"data":data,"loc":{"start":{"line":40,"column":106},"end":{"line":40,"column":119}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"region") || (depth0 != null ? lookupProperty(depth0,"region") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"region","hash":{},"data":data,"loc":{"start":{"line":40,"column":121},"end":{"line":40,"column":131}}}) : helper)))
    + "</a>";
},"2":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(((helper = (helper = lookupProperty(helpers,"region") || (depth0 != null ? lookupProperty(depth0,"region") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"region","hash":{},"data":data,"loc":{"start":{"line":40,"column":143},"end":{"line":40,"column":153}}}) : helper)));
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"reviewRegion"),depth0,{"name":"reviewRegion","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<!DOCTYPE html>\n<html lang=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"lang") || (depth0 != null ? lookupProperty(depth0,"lang") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"lang","hash":{},"data":data,"loc":{"start":{"line":2,"column":12},"end":{"line":2,"column":20}}}) : helper)))
    + "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
    + alias4(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":6,"column":7},"end":{"line":6,"column":16}}}) : helper)))
    + "</title>\n<style>\n@page { size: A4 landscape; margin: 10mm; }\nbody { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1f2937; font-size: 10pt; }\ntable { border-collapse: collapse; margin: .6rem 0; }\nth, td { border: 1px solid #d1d5db; padding: .25rem .5rem; text-align: left; vertical-align: top; }\ntd.n, th.n { text-align: right; }\ntable.regions { width: 100%; }\ntable.regions th { background: #eef2f7; }\nbutton.sort { font: inherit; font-weight: bold; border: 0; background: none; padding: 0; cursor: pointer; text-align: inherit; }\nth[aria-sort=\"ascending\"] button.sort::after { content: \" \\25B2\"; }\nth[aria-sort=\"descending\"] button.sort::after { content: \" \\25BC\"; }\n.score { font-size: 1.3rem; font-weight: bold; margin-bottom: 0; }\n.note, .reasons { color: #4b5563; font-size: .9em; }\n.blocker { color: #b91c1c; font-weight: bold; }\n.major { color: #b45309; }\n.minor { color: #4b5563; }\n.ok { color: #047857; font-weight: bold; }\ndetails { margin: .3rem 0; }\ndetails.agency { margin-left: 1.2rem; }\nsummary { cursor: pointer; }\ncode { font-size: .9em; }\nlabel.filter { margin-right: .4rem; }\n@media print { body { margin: 0; } input, label.filter, .sort-hint { display: none !important; } section { break-before: page; } }\n</style>\n</head>\n<body>\n<h1>"
    + alias4(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":33,"column":4},"end":{"line":33,"column":13}}}) : helper)))
    + "</h1>\n<p class=\"note\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"scoreNote") || (depth0 != null ? lookupProperty(depth0,"scoreNote") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"scoreNote","hash":{},"data":data,"loc":{"start":{"line":34,"column":16},"end":{"line":34,"column":29}}}) : helper)))
    + "</p>\n<p><label class=\"filter\" for=\"region-filter\" hidden>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"dashboard.filter",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":35,"column":52},"end":{"line":35,"column":77}}}))
    + "</label><input id=\"region-filter\" type=\"search\" data-filter=\"regions\" hidden> <span class=\"note sort-hint\">"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"dashboard.sortHint",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":35,"column":184},"end":{"line":35,"column":211}}}))
    + "</span></p>\n<table id=\"regions\" class=\"regions sortable\">\n<thead><tr><th data-type=\"number\" class=\"n\">"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.rank",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":37,"column":44},"end":{"line":37,"column":68}}}))
    + "</th><th>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.region",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":37,"column":77},"end":{"line":37,"column":103}}}))
    + "</th><th>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.stage",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":37,"column":112},"end":{"line":37,"column":137}}}))
    + "</th><th>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.launch",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":37,"column":146},"end":{"line":37,"column":172}}}))
    + "</th><th data-type=\"number\" class=\"n\">"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.score",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":37,"column":210},"end":{"line":37,"column":235}}}))
    + "</th><th data-type=\"number\">"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.grade",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":37,"column":263},"end":{"line":37,"column":288}}}))
    + "</th><th data-type=\"number\" class=\"n\">"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.blockers",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":37,"column":326},"end":{"line":37,"column":354}}}))
    + "</th><th data-type=\"number\" class=\"n\">"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.blockingItems",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":37,"column":392},"end":{"line":37,"column":425}}}))
    + "</th><th data-type=\"number\" class=\"n\">"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.estimates",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":37,"column":463},"end":{"line":37,"column":492}}}))
    + "</th><th>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.file",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":37,"column":501},"end":{"line":37,"column":525}}}))
    + "</th></tr></thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"rows") : depth0),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":0},"end":{"line":41,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"regions") : depth0),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":0},"end":{"line":46,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"tableTools"),depth0,{"name":"tableTools","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</body>\n</html>\n";
},"usePartial":true,"useData":true},
  "review/diff.md.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"title") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":2},"end":{"line":9,"column":14}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"before") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":9,"column":17},"end":{"line":9,"column":31}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"after") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":9,"column":34},"end":{"line":9,"column":47}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"delta") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":50},"end":{"line":9,"column":62}}})) != null ? stack1 : "")
    + " |\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n## "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(alias1,(depth0 != null ? lookupProperty(depth0,"title") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":13,"column":3},"end":{"line":13,"column":15}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"empty") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":21,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"none") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":16,"column":11}}})) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"lines") : depth0),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":0},"end":{"line":20,"column":9}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"mark") : depth0),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":19,"column":2},"end":{"line":19,"column":15}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"text") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":19,"column":16},"end":{"line":19,"column":27}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"title") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":1,"column":2},"end":{"line":1,"column":14}}})) != null ? stack1 : "")
    + "\n\n- "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"readiness") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":3,"column":2},"end":{"line":3,"column":18}}})) != null ? stack1 : "")
    + "\n- "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"counts") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":4,"column":2},"end":{"line":4,"column":15}}})) != null ? stack1 : "")
    + "\n\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.category",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":6,"column":30}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.diff.before",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":6,"column":33},"end":{"line":6,"column":60}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.diff.after",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":6,"column":63},"end":{"line":6,"column":89}}})) != null ? stack1 : "")
    + " | +/- |\n|---|---:|---:|---:|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"categories") : depth0),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":10,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"sections") : depth0),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":22,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  "review/region.html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (<code>"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"checklist") || (depth0 != null ? lookupProperty(depth0,"checklist") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"checklist","hash":{},"data":data,"loc":{"start":{"line":3,"column":49},"end":{"line":3,"column":62}}}) : helper)))
    + "</code>)";
},"1":function(container,depth0,helpers,partials,data) {
    var helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · <a href=\""
    + alias3(((helper = (helper = lookupProperty(helpers,"dashboard") || (depth0 != null ? lookupProperty(depth0,"dashboard") : depth0)) != null ? helper : alias2),(typeof helper === "function" ? helper.call(alias1,{"name":"dashboard","hash":{},"data":data,"loc":{"start":{"line":3,"column":106},"end":{"line":3,"column":119}}}) : helper)))
    + "\">"
    + alias3((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.dashboard",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":3,"column":121},"end":{"line":3,"column":150}}}))
    + "</a>";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":12,"column":8},"end":{"line":12,"column":17}}}) : helper)))
    + "</td><td class=\"n\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"weight") || (depth0 != null ? lookupProperty(depth0,"weight") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"weight","hash":{},"data":data,"loc":{"start":{"line":12,"column":36},"end":{"line":12,"column":46}}}) : helper)))
    + "</td><td class=\"n\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"score") || (depth0 != null ? lookupProperty(depth0,"score") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"score","hash":{},"data":data,"loc":{"start":{"line":12,"column":65},"end":{"line":12,"column":74}}}) : helper)))
    + "</td><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"basis") || (depth0 != null ? lookupProperty(depth0,"basis") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"basis","hash":{},"data":data,"loc":{"start":{"line":12,"column":83},"end":{"line":12,"column":92}}}) : helper)))
    + "</td><td class=\"n\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"blockers") || (depth0 != null ? lookupProperty(depth0,"blockers") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"blockers","hash":{},"data":data,"loc":{"start":{"line":12,"column":111},"end":{"line":12,"column":123}}}) : helper)))
    + "</td><td class=\"n\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"majors") || (depth0 != null ? lookupProperty(depth0,"majors") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"majors","hash":{},"data":data,"loc":{"start":{"line":12,"column":142},"end":{"line":12,"column":152}}}) : helper)))
    + "</td><td class=\"n\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"minors") || (depth0 != null ? lookupProperty(depth0,"minors") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"minors","hash":{},"data":data,"loc":{"start":{"line":12,"column":171},"end":{"line":12,"column":181}}}) : helper)))
    + "</td><td class=\"reasons\">"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"reasons") : depth0),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":206},"end":{"line":12,"column":251}}})) != null ? stack1 : "")
    + "</td></tr>\n";
},"3":function(container,depth0,helpers,partials,data) {
    return "<div>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</div>";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"pekppp") : depth0)) != null ? lookupProperty(stack1,"reviewer") : stack1), depth0))
    + "</p>";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"note\">"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"pekppp") : depth0)) != null ? lookupProperty(stack1,"gradesNote") : stack1), depth0))
    + "</p>";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<h4>"
    + alias3((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"instrument.pekppp.title",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":21,"column":4},"end":{"line":21,"column":36}}}))
    + "</h4>\n<table class=\"pekppp\">\n<thead><tr><th class=\"n\">"
    + alias3((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"instrument.col.no",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":23,"column":25},"end":{"line":23,"column":51}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"instrument.col.aspect",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":23,"column":60},"end":{"line":23,"column":90}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"instrument.col.indicator",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":23,"column":99},"end":{"line":23,"column":132}}}))
    + "</th><th class=\"n\">"
    + alias3((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"instrument.col.indexWeight",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":23,"column":151},"end":{"line":23,"column":186}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"instrument.col.self",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":23,"column":195},"end":{"line":23,"column":223}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"instrument.col.reviewer",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":23,"column":232},"end":{"line":23,"column":264}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"instrument.col.reason",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":23,"column":273},"end":{"line":23,"column":303}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"instrument.col.evidenceAsked",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":23,"column":312},"end":{"line":23,"column":349}}}))
    + "</th></tr></thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"pekppp") : depth0)) != null ? lookupProperty(stack1,"rows") : stack1),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":0},"end":{"line":27,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr class=\""
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"derived") : depth0),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":26,"column":11},"end":{"line":26,"column":56}}})) != null ? stack1 : "")
    + "\"><td class=\"n\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"no") || (depth0 != null ? lookupProperty(depth0,"no") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"no","hash":{},"data":data,"loc":{"start":{"line":26,"column":72},"end":{"line":26,"column":78}}}) : helper)))
    + "</td><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"aspect") || (depth0 != null ? lookupProperty(depth0,"aspect") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"aspect","hash":{},"data":data,"loc":{"start":{"line":26,"column":87},"end":{"line":26,"column":97}}}) : helper)))
    + "</td><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":26,"column":106},"end":{"line":26,"column":115}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"levelText") : depth0),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":115},"end":{"line":26,"column":176}}})) != null ? stack1 : "")
    + "</td><td class=\"n\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"indexWeight") || (depth0 != null ? lookupProperty(depth0,"indexWeight") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"indexWeight","hash":{},"data":data,"loc":{"start":{"line":26,"column":195},"end":{"line":26,"column":210}}}) : helper)))
    + "</td><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"self") || (depth0 != null ? lookupProperty(depth0,"self") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"self","hash":{},"data":data,"loc":{"start":{"line":26,"column":219},"end":{"line":26,"column":227}}}) : helper)))
    + "</td><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"reviewer") || (depth0 != null ? lookupProperty(depth0,"reviewer") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"reviewer","hash":{},"data":data,"loc":{"start":{"line":26,"column":236},"end":{"line":26,"column":248}}}) : helper)))
    + "</td><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"reason") || (depth0 != null ? lookupProperty(depth0,"reason") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"reason","hash":{},"data":data,"loc":{"start":{"line":26,"column":257},"end":{"line":26,"column":267}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"known") : depth0),{"name":"each","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":267},"end":{"line":26,"column":323}}})) != null ? stack1 : "")
    + "</td><td>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"evidenceAsked") : depth0),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":332},"end":{"line":26,"column":383}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"toConfirm") : depth0),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":383},"end":{"line":26,"column":461}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"evidenceGiven") : depth0),{"name":"each","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":461},"end":{"line":26,"column":525}}})) != null ? stack1 : "")
    + "</td></tr>\n";
},"8":function(container,depth0,helpers,partials,data) {
    return "derived";
},"9":function(container,depth0,helpers,partials,data) {
    return "selffill";
},"10":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"note\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"levelText") || (depth0 != null ? lookupProperty(depth0,"levelText") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"levelText","hash":{},"data":data,"loc":{"start":{"line":26,"column":150},"end":{"line":26,"column":163}}}) : helper)))
    + "</div>";
},"11":function(container,depth0,helpers,partials,data) {
    return "<div class=\"note\">"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</div>";
},"12":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"note\">("
    + container.escapeExpression((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"checklist.toConfirm",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":26,"column":419},"end":{"line":26,"column":447}}}))
    + ")</div>";
},"13":function(container,depth0,helpers,partials,data) {
    return "<div><code>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</code></div>";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<h3>"
    + alias2((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(alias1,"review.evidence.title",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":32,"column":4},"end":{"line":32,"column":34}}}))
    + "</h3>\n<p>"
    + alias2(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"evidence") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1), depth0))
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"evidence") : depth0)) != null ? lookupProperty(stack1,"rows") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.program(18, data, 0),"data":data,"loc":{"start":{"line":34,"column":0},"end":{"line":45,"column":7}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<table>\n<thead><tr><th>"
    + alias3((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.item",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":36,"column":15},"end":{"line":36,"column":39}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.regionStatus",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":36,"column":48},"end":{"line":36,"column":80}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.evidence",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":36,"column":89},"end":{"line":36,"column":117}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.reviewerStatus",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":36,"column":126},"end":{"line":36,"column":160}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.verified",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":36,"column":169},"end":{"line":36,"column":197}}}))
    + "</th></tr></thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"evidence") : depth0)) != null ? lookupProperty(stack1,"rows") : stack1),{"name":"each","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":0},"end":{"line":40,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":39,"column":8},"end":{"line":39,"column":17}}}) : helper)))
    + " <code>"
    + alias4(((helper = (helper = lookupProperty(helpers,"id") || (depth0 != null ? lookupProperty(depth0,"id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":39,"column":24},"end":{"line":39,"column":30}}}) : helper)))
    + "</code></td><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"status") || (depth0 != null ? lookupProperty(depth0,"status") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":39,"column":46},"end":{"line":39,"column":56}}}) : helper)))
    + "</td><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"evidence") || (depth0 != null ? lookupProperty(depth0,"evidence") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"evidence","hash":{},"data":data,"loc":{"start":{"line":39,"column":65},"end":{"line":39,"column":77}}}) : helper)))
    + "</td><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"reviewer") || (depth0 != null ? lookupProperty(depth0,"reviewer") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"reviewer","hash":{},"data":data,"loc":{"start":{"line":39,"column":86},"end":{"line":39,"column":98}}}) : helper)))
    + "</td><td class=\""
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"isVerified") : depth0),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":114},"end":{"line":39,"column":141}}})) != null ? stack1 : "")
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"verified") || (depth0 != null ? lookupProperty(depth0,"verified") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"verified","hash":{},"data":data,"loc":{"start":{"line":39,"column":143},"end":{"line":39,"column":155}}}) : helper)))
    + "</td></tr>\n";
},"17":function(container,depth0,helpers,partials,data) {
    return "ok";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"evidence") : depth0)) != null ? lookupProperty(stack1,"none") : stack1), depth0))
    + "</p>\n";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"groups") : depth0),{"name":"each","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":49,"column":0},"end":{"line":67,"column":9}}})) != null ? stack1 : "");
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<details class=\"group\">\n<summary>"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"headline") || (depth0 != null ? lookupProperty(depth0,"headline") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(alias1,{"name":"headline","hash":{},"data":data,"loc":{"start":{"line":51,"column":9},"end":{"line":51,"column":21}}}) : helper)))
    + "</summary>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"agencies") : depth0),{"name":"each","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":52,"column":0},"end":{"line":65,"column":9}}})) != null ? stack1 : "")
    + "</details>\n";
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<details class=\"agency\">\n<summary>"
    + alias3(((helper = (helper = lookupProperty(helpers,"line") || (depth0 != null ? lookupProperty(depth0,"line") : depth0)) != null ? helper : alias2),(typeof helper === "function" ? helper.call(alias1,{"name":"line","hash":{},"data":data,"loc":{"start":{"line":54,"column":9},"end":{"line":54,"column":17}}}) : helper)))
    + "</summary>\n<table>\n<thead><tr><th>"
    + alias3((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.severity",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":56,"column":15},"end":{"line":56,"column":43}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.path",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":56,"column":52},"end":{"line":56,"column":76}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.finding",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":56,"column":85},"end":{"line":56,"column":112}}}))
    + "</th><th>"
    + alias3((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.fix",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":56,"column":121},"end":{"line":56,"column":144}}}))
    + "</th></tr></thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"findings") : depth0),{"name":"each","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":58,"column":0},"end":{"line":60,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"more") : depth0),{"name":"if","hash":{},"fn":container.program(23, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":63,"column":0},"end":{"line":63,"column":47}}})) != null ? stack1 : "")
    + "\n</details>\n";
},"22":function(container,depth0,helpers,partials,data) {
    var helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td class=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"severity") || (depth0 != null ? lookupProperty(depth0,"severity") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"severity","hash":{},"data":data,"loc":{"start":{"line":59,"column":15},"end":{"line":59,"column":27}}}) : helper)))
    + "\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"severityLabel") || (depth0 != null ? lookupProperty(depth0,"severityLabel") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"severityLabel","hash":{},"data":data,"loc":{"start":{"line":59,"column":29},"end":{"line":59,"column":46}}}) : helper)))
    + "</td><td><code>"
    + alias4(((helper = (helper = lookupProperty(helpers,"path") || (depth0 != null ? lookupProperty(depth0,"path") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"path","hash":{},"data":data,"loc":{"start":{"line":59,"column":61},"end":{"line":59,"column":69}}}) : helper)))
    + "</code></td><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"message") || (depth0 != null ? lookupProperty(depth0,"message") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"message","hash":{},"data":data,"loc":{"start":{"line":59,"column":85},"end":{"line":59,"column":96}}}) : helper)))
    + "</td><td>"
    + alias4(((helper = (helper = lookupProperty(helpers,"fix") || (depth0 != null ? lookupProperty(depth0,"fix") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"fix","hash":{},"data":data,"loc":{"start":{"line":59,"column":105},"end":{"line":59,"column":112}}}) : helper)))
    + "</td></tr>\n";
},"23":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"note\">"
    + container.escapeExpression(((helper = (helper = lookupProperty(helpers,"more") || (depth0 != null ? lookupProperty(depth0,"more") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"more","hash":{},"data":data,"loc":{"start":{"line":63,"column":28},"end":{"line":63,"column":36}}}) : helper)))
    + "</p>";
},"24":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + container.escapeExpression((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"review.noFindings",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":69,"column":3},"end":{"line":69,"column":29}}}))
    + "</p>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section id=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"anchor") || (depth0 != null ? lookupProperty(depth0,"anchor") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":1,"column":13},"end":{"line":1,"column":23}}}) : helper)))
    + "\">\n<h2>"
    + alias4(((helper = (helper = lookupProperty(helpers,"heading") || (depth0 != null ? lookupProperty(depth0,"heading") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":2,"column":4},"end":{"line":2,"column":15}}}) : helper)))
    + "</h2>\n<p><code>"
    + alias4(((helper = (helper = lookupProperty(helpers,"file") || (depth0 != null ? lookupProperty(depth0,"file") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"file","hash":{},"data":data,"loc":{"start":{"line":3,"column":9},"end":{"line":3,"column":17}}}) : helper)))
    + "</code>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"checklist") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":24},"end":{"line":3,"column":77}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"dashboard") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":77},"end":{"line":3,"column":161}}})) != null ? stack1 : "")
    + "</p>\n<p class=\"score\">"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.score",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":4,"column":17},"end":{"line":4,"column":38}}}))
    + ": "
    + alias4(((helper = (helper = lookupProperty(helpers,"score") || (depth0 != null ? lookupProperty(depth0,"score") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"score","hash":{},"data":data,"loc":{"start":{"line":4,"column":40},"end":{"line":4,"column":49}}}) : helper)))
    + "/100 <span class=\"stage\">("
    + alias4(((helper = (helper = lookupProperty(helpers,"stage") || (depth0 != null ? lookupProperty(depth0,"stage") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"stage","hash":{},"data":data,"loc":{"start":{"line":4,"column":75},"end":{"line":4,"column":84}}}) : helper)))
    + ")</span></p>\n<p class=\"note\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"scoreLabel") || (depth0 != null ? lookupProperty(depth0,"scoreLabel") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"scoreLabel","hash":{},"data":data,"loc":{"start":{"line":5,"column":16},"end":{"line":5,"column":30}}}) : helper)))
    + "</p>\n<p>"
    + alias4(((helper = (helper = lookupProperty(helpers,"summary") || (depth0 != null ? lookupProperty(depth0,"summary") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"summary","hash":{},"data":data,"loc":{"start":{"line":6,"column":3},"end":{"line":6,"column":14}}}) : helper)))
    + "</p>\n<h3>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.categories",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":7,"column":4},"end":{"line":7,"column":30}}}))
    + "</h3>\n<table>\n<thead><tr><th>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.category",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":9,"column":15},"end":{"line":9,"column":43}}}))
    + "</th><th class=\"n\">"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.weight",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":9,"column":62},"end":{"line":9,"column":88}}}))
    + "</th><th class=\"n\">"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.score",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":9,"column":107},"end":{"line":9,"column":132}}}))
    + "</th><th>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.basis",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":9,"column":141},"end":{"line":9,"column":166}}}))
    + "</th><th class=\"n\">"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.blockers",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":9,"column":185},"end":{"line":9,"column":213}}}))
    + "</th><th class=\"n\">"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.majors",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":9,"column":232},"end":{"line":9,"column":258}}}))
    + "</th><th class=\"n\">"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.minors",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":9,"column":277},"end":{"line":9,"column":303}}}))
    + "</th><th>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.reasons",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":9,"column":312},"end":{"line":9,"column":335}}}))
    + "</th></tr></thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"categories") : depth0),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":13,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n<h3>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"instrument.pekppp.short",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":16,"column":4},"end":{"line":16,"column":36}}}))
    + "</h3>\n<p>"
    + alias4(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"pekppp") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1), depth0))
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"evidence") : depth0),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":0},"end":{"line":18,"column":49}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"pekppp") : depth0)) != null ? lookupProperty(stack1,"gradesNote") : stack1),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":19,"column":73}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"pekppp") : depth0)) != null ? lookupProperty(stack1,"full") : stack1),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":30,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"evidence") : depth0),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":46,"column":7}}})) != null ? stack1 : "")
    + "<h3>"
    + alias4((lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.findings",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":47,"column":4},"end":{"line":47,"column":28}}}))
    + "</h3>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"hasFindings") : depth0),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.program(24, data, 0),"data":data,"loc":{"start":{"line":48,"column":0},"end":{"line":70,"column":7}}})) != null ? stack1 : "")
    + "</section>\n";
},"useData":true},
  "review/report.html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"reviewRegion"),depth0,{"name":"reviewRegion","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<!DOCTYPE html>\n<html lang=\""
    + alias4(((helper = (helper = lookupProperty(helpers,"lang") || (depth0 != null ? lookupProperty(depth0,"lang") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"lang","hash":{},"data":data,"loc":{"start":{"line":2,"column":12},"end":{"line":2,"column":20}}}) : helper)))
    + "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
    + alias4(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":6,"column":7},"end":{"line":6,"column":16}}}) : helper)))
    + "</title>\n<style>\n@page { size: A4; margin: 12mm; }\nbody { font-family: system-ui, sans-serif; margin: 2rem; color: #1f2937; font-size: 10pt; }\ntable { border-collapse: collapse; margin: .6rem 0; }\nth, td { border: 1px solid #d1d5db; padding: .25rem .5rem; text-align: left; vertical-align: top; }\ntd.n, th.n { text-align: right; }\n.score { font-size: 1.3rem; font-weight: bold; margin-bottom: 0; }\n.note, .reasons { color: #4b5563; font-size: .9em; }\n.blocker { color: #b91c1c; font-weight: bold; }\n.major { color: #b45309; }\n.minor { color: #4b5563; }\n.ok { color: #047857; font-weight: bold; }\ndetails { margin: .3rem 0; }\ndetails.agency { margin-left: 1.2rem; }\nsummary { cursor: pointer; }\ncode { font-size: .9em; }\n@media print { body { margin: 0; } details > summary { list-style: none; } }\n</style>\n</head>\n<body>\n<h1>"
    + alias4(((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":27,"column":4},"end":{"line":27,"column":13}}}) : helper)))
    + "</h1>\n<p class=\"note\">"
    + alias4(((helper = (helper = lookupProperty(helpers,"scoreNote") || (depth0 != null ? lookupProperty(depth0,"scoreNote") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"scoreNote","hash":{},"data":data,"loc":{"start":{"line":28,"column":16},"end":{"line":28,"column":29}}}) : helper)))
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"regions") : depth0),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":31,"column":9}}})) != null ? stack1 : "")
    + "</body>\n</html>\n";
},"usePartial":true,"useData":true},
  "review/report.md.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.rank",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":6,"column":26}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.region",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":6,"column":29},"end":{"line":6,"column":55}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.score",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":6,"column":58},"end":{"line":6,"column":83}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.grade",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":6,"column":86},"end":{"line":6,"column":111}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.blockers",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":6,"column":114},"end":{"line":6,"column":142}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.majors",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":6,"column":145},"end":{"line":6,"column":171}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.minors",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":6,"column":174},"end":{"line":6,"column":200}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.file",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":6,"column":203},"end":{"line":6,"column":227}}})) != null ? stack1 : "")
    + " |\n|---:|---|---:|---|---:|---:|---:|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"ranking") : depth0),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":10,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"rank") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":9,"column":2},"end":{"line":9,"column":14}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"region") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":17},"end":{"line":9,"column":30}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"score") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":9,"column":33},"end":{"line":9,"column":46}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"grade") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":49},"end":{"line":9,"column":61}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"blockers") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":9,"column":64},"end":{"line":9,"column":80}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"majors") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":9,"column":83},"end":{"line":9,"column":97}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"minors") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":9,"column":100},"end":{"line":9,"column":114}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"file") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":9,"column":117},"end":{"line":9,"column":128}}})) != null ? stack1 : "")
    + " |\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n## "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"heading") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":14,"column":3},"end":{"line":14,"column":17}}})) != null ? stack1 : "")
    + "\n\n- "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.file",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":16,"column":2},"end":{"line":16,"column":26}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"file") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":16,"column":28},"end":{"line":16,"column":39}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"checklist") : depth0),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":39},"end":{"line":16,"column":82}}})) != null ? stack1 : "")
    + "\n- "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.score",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":17,"column":2},"end":{"line":17,"column":23}}})) != null ? stack1 : "")
    + ": **"
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"score") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":17,"column":27},"end":{"line":17,"column":40}}})) != null ? stack1 : "")
    + "/100** ("
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"stage") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":17,"column":48},"end":{"line":17,"column":60}}})) != null ? stack1 : "")
    + ")\n- "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"summary") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":18,"column":2},"end":{"line":18,"column":16}}})) != null ? stack1 : "")
    + "\n\n### "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.categories",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":20,"column":4},"end":{"line":20,"column":30}}})) != null ? stack1 : "")
    + "\n\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.category",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":22,"column":2},"end":{"line":22,"column":30}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.weight",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":22,"column":33},"end":{"line":22,"column":59}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.score",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":22,"column":62},"end":{"line":22,"column":87}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.basis",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":22,"column":90},"end":{"line":22,"column":115}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.blockers",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":22,"column":118},"end":{"line":22,"column":146}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.majors",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":22,"column":149},"end":{"line":22,"column":175}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.minors",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":22,"column":178},"end":{"line":22,"column":204}}})) != null ? stack1 : "")
    + " |\n|---|---:|---:|---|---:|---:|---:|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"categories") : depth0),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":26,"column":9}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.reasons",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":28,"column":0},"end":{"line":28,"column":23}}})) != null ? stack1 : "")
    + ":\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"categories") : depth0),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":0},"end":{"line":32,"column":9}}})) != null ? stack1 : "")
    + "\n### "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"instrument.pekppp.short",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":34,"column":4},"end":{"line":34,"column":36}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"pekppp") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":36,"column":0},"end":{"line":36,"column":21}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"evidence") : depth0),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":37,"column":0},"end":{"line":40,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"pekppp") : depth0)) != null ? lookupProperty(stack1,"gradesNote") : stack1),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":41,"column":0},"end":{"line":44,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"pekppp") : depth0)) != null ? lookupProperty(stack1,"full") : stack1),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":45,"column":0},"end":{"line":52,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"evidence") : depth0),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":53,"column":0},"end":{"line":66,"column":7}}})) != null ? stack1 : "")
    + "\n### "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.findings",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":68,"column":4},"end":{"line":68,"column":28}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"hasFindings") : depth0),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.program(21, data, 0),"data":data,"loc":{"start":{"line":70,"column":0},"end":{"line":90,"column":7}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"checklist") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":16,"column":58},"end":{"line":16,"column":74}}})) != null ? stack1 : "")
    + ")";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"title") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":25,"column":2},"end":{"line":25,"column":14}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"weight") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":25,"column":17},"end":{"line":25,"column":31}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"score") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":25,"column":34},"end":{"line":25,"column":47}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"basis") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":25,"column":50},"end":{"line":25,"column":62}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"blockers") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":25,"column":65},"end":{"line":25,"column":81}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"majors") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":25,"column":84},"end":{"line":25,"column":98}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"minors") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":25,"column":101},"end":{"line":25,"column":115}}})) != null ? stack1 : "")
    + " |\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(alias1,(depth0 != null ? lookupProperty(depth0,"title") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":31,"column":4},"end":{"line":31,"column":16}}})) != null ? stack1 : "")
    + "**: "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"reasons") : depth0),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":20},"end":{"line":31,"column":58}}})) != null ? stack1 : "")
    + "\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"md","hash":{},"data":data,"loc":{"start":{"line":31,"column":37},"end":{"line":31,"column":48}}})) != null ? stack1 : "")
    + " ";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"pekppp") : depth0)) != null ? lookupProperty(stack1,"reviewer") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":39,"column":0},"end":{"line":39,"column":22}}})) != null ? stack1 : "")
    + "\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"pekppp") : depth0)) != null ? lookupProperty(stack1,"gradesNote") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":43,"column":0},"end":{"line":43,"column":24}}})) != null ? stack1 : "")
    + "\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"instrument.col.no",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":47,"column":2},"end":{"line":47,"column":28}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"instrument.col.indicator",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":47,"column":31},"end":{"line":47,"column":64}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"instrument.col.indexWeight",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":47,"column":67},"end":{"line":47,"column":102}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"instrument.col.self",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":47,"column":105},"end":{"line":47,"column":133}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"instrument.col.reviewer",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":47,"column":136},"end":{"line":47,"column":168}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"instrument.col.evidenceAsked",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":47,"column":171},"end":{"line":47,"column":208}}})) != null ? stack1 : "")
    + " |\n|---:|---|---:|---|---|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"pekppp") : depth0)) != null ? lookupProperty(stack1,"rows") : stack1),{"name":"each","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":49,"column":0},"end":{"line":51,"column":9}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"num")||(depth0 && lookupProperty(depth0,"num"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"no") : depth0),{"name":"num","hash":{},"data":data,"loc":{"start":{"line":50,"column":2},"end":{"line":50,"column":12}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"title") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":50,"column":15},"end":{"line":50,"column":27}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"indexWeight") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":50,"column":30},"end":{"line":50,"column":48}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"self") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":50,"column":51},"end":{"line":50,"column":62}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"reviewer") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":50,"column":65},"end":{"line":50,"column":80}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"evidenceAsked") : depth0),{"name":"each","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":50,"column":83},"end":{"line":50,"column":149}}})) != null ? stack1 : "")
    + " |\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(data && lookupProperty(data,"index")),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":50,"column":106},"end":{"line":50,"column":129}}})) != null ? stack1 : "")
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(alias1,depth0,{"name":"md","hash":{},"data":data,"loc":{"start":{"line":50,"column":129},"end":{"line":50,"column":140}}})) != null ? stack1 : "");
},"12":function(container,depth0,helpers,partials,data) {
    return "; ";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n### "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.evidence.title",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":55,"column":4},"end":{"line":55,"column":34}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"evidence") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":57,"column":0},"end":{"line":57,"column":23}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"evidence") : depth0)) != null ? lookupProperty(stack1,"rows") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":58,"column":0},"end":{"line":65,"column":7}}})) != null ? stack1 : "");
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n| "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.item",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":60,"column":2},"end":{"line":60,"column":26}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.regionStatus",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":60,"column":29},"end":{"line":60,"column":61}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.evidence",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":60,"column":64},"end":{"line":60,"column":92}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.reviewerStatus",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":60,"column":95},"end":{"line":60,"column":129}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||alias2).call(alias1,"review.col.verified",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":60,"column":132},"end":{"line":60,"column":160}}})) != null ? stack1 : "")
    + " |\n|---|---|---|---|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"evidence") : depth0)) != null ? lookupProperty(stack1,"rows") : stack1),{"name":"each","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":62,"column":0},"end":{"line":64,"column":9}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"title") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":63,"column":2},"end":{"line":63,"column":14}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"id") : depth0),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":63,"column":16},"end":{"line":63,"column":27}}})) != null ? stack1 : "")
    + ") | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"status") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":63,"column":31},"end":{"line":63,"column":44}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"evidence") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":63,"column":47},"end":{"line":63,"column":62}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"reviewer") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":63,"column":65},"end":{"line":63,"column":80}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"verified") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":63,"column":83},"end":{"line":63,"column":98}}})) != null ? stack1 : "")
    + " |\n";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"groups") : depth0),{"name":"each","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":71,"column":0},"end":{"line":87,"column":9}}})) != null ? stack1 : "");
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<details><summary>"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(alias1,(depth0 != null ? lookupProperty(depth0,"headline") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":72,"column":18},"end":{"line":72,"column":33}}})) != null ? stack1 : "")
    + "</summary>\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"agencies") : depth0),{"name":"each","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":74,"column":0},"end":{"line":84,"column":9}}})) != null ? stack1 : "")
    + "</details>\n\n";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(alias1,(depth0 != null ? lookupProperty(depth0,"line") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":75,"column":2},"end":{"line":75,"column":13}}})) != null ? stack1 : "")
    + "**\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"findings") : depth0),{"name":"each","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":77,"column":0},"end":{"line":79,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"more") : depth0),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":80,"column":0},"end":{"line":82,"column":7}}})) != null ? stack1 : "")
    + "\n";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- ["
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"severityLabel") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":78,"column":3},"end":{"line":78,"column":23}}})) != null ? stack1 : "")
    + "] "
    + ((stack1 = (lookupProperty(helpers,"code")||(depth0 && lookupProperty(depth0,"code"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"path") : depth0),{"name":"code","hash":{},"data":data,"loc":{"start":{"line":78,"column":25},"end":{"line":78,"column":38}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"message") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":78,"column":40},"end":{"line":78,"column":54}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"fix") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":78,"column":55},"end":{"line":78,"column":65}}})) != null ? stack1 : "")
    + "\n";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"more") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":81,"column":2},"end":{"line":81,"column":13}}})) != null ? stack1 : "")
    + "\n";
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"tr")||(depth0 && lookupProperty(depth0,"tr"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),"review.noFindings",{"name":"tr","hash":{},"data":data,"loc":{"start":{"line":89,"column":0},"end":{"line":89,"column":26}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"title") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":1,"column":2},"end":{"line":1,"column":14}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = (lookupProperty(helpers,"md")||(depth0 && lookupProperty(depth0,"md"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"scoreNote") : depth0),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":16}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"batch") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"regions") : depth0),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":91,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  "shared/table-tools.html.hbs": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    return "\u003Cscript>\n/* Sorting and filtering for tables marked class=\"sortable\" and inputs with data-filter=\"<table id>\".\n   Without JavaScript the tables read as they are; nothing here loads anything. */\n(function () {\n  function cellValue(row, index) {\n    var cell = row.cells[index];\n    if (!cell) return '';\n    var raw = cell.getAttribute('data-value');\n    return raw !== null ? raw : cell.textContent.trim();\n  }\n  function compare(a, b, numeric) {\n    if (numeric) {\n      var x = parseFloat(a), y = parseFloat(b);\n      if (isNaN(x) && isNaN(y)) return 0;\n      if (isNaN(x)) return 1;\n      if (isNaN(y)) return -1;\n      return x - y;\n    }\n    return a.localeCompare(b);\n  }\n  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {\n    var body = table.tBodies[0];\n    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {\n      var button = document.createElement('button');\n      button.type = 'button';\n      button.className = 'sort';\n      while (th.firstChild) button.appendChild(th.firstChild);\n      th.appendChild(button);\n      button.addEventListener('click', function () {\n        var ascending = th.getAttribute('aria-sort') !== 'ascending';\n        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) { other.removeAttribute('aria-sort'); });\n        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');\n        var numeric = th.getAttribute('data-type') === 'number';\n        var rows = Array.prototype.slice.call(body.rows);\n        rows.sort(function (a, b) {\n          var order = compare(cellValue(a, index), cellValue(b, index), numeric);\n          return ascending ? order : -order;\n        });\n        rows.forEach(function (row) { body.appendChild(row); });\n      });\n    });\n  });\n  Array.prototype.forEach.call(document.querySelectorAll('input[data-filter]'), function (input) {\n    var table = document.getElementById(input.getAttribute('data-filter'));\n    if (!table) return;\n    input.hidden = false;\n    if (input.labels && input.labels[0]) input.labels[0].hidden = false;\n    input.addEventListener('input', function () {\n      var needle = input.value.trim().toLowerCase();\n      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {\n        row.hidden = needle !== '' && row.textContent.toLowerCase().indexOf(needle) < 0;\n      });\n    });\n  });\n})();\n\u003C/script>\n";
},"useData":true},
};
